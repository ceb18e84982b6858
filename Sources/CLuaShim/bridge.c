// Values across the boundary, the host-function trampoline and coroutine entries.
#include "exo_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXO_MAX_DEPTH 32
// Values one crossing to the host may hold. A table that appears several times is copied each
// time, so without a count ten lines of `t = {t, t}` make a value of a million nodes.
#define EXO_MAX_COPY_VALUES 100000
// Values copied between two charges of the copying work to the instruction budget.
#define EXO_COPY_CHARGE_BATCH 1024
// Instructions charged per value copied: a value costs a table step, a slot and often a string
// copy in C, several times one VM instruction.
#define EXO_COPY_INSTRUCTIONS_PER_VALUE 8

void exo_begin_copy(exo_state *state) {
    state->copied_values = 0;
    state->copied_bytes = 0;
}

// Counts one value (and its bytes) of the current crossing against the value budget and against
// what is left of the memory cap, which the copy uses until the host has read it.
static void count_copy(exo_state *state, lua_State *L, size_t bytes) {
    state->copied_values++;
    state->copied_bytes += sizeof(exo_slot) + bytes;
    if (state->copied_values > EXO_MAX_COPY_VALUES) {
        luaL_error(L, "the value is too large to hand to the host: it has more than %d values "
                      "(a table that appears several times counts each time)", EXO_MAX_COPY_VALUES);
    }
    size_t room = state->used < state->limits.memory_limit ? state->limits.memory_limit - state->used : 0;
    if (state->copied_bytes > room) {
        luaL_error(L, "the value is too large to hand to the host: its copy needs more than the %I bytes left under "
                      "the plugin's memory limit of %I bytes", (lua_Integer)room, (lua_Integer)state->limits.memory_limit);
    }
    if (state->copied_values % EXO_COPY_CHARGE_BATCH == 0) exo_charge(L, EXO_COPY_CHARGE_BATCH * EXO_COPY_INSTRUCTIONS_PER_VALUE, "copying a value for the host");
}

static void remember_call_ref(exo_state *state, lua_State *L, int64_t reference) {
    if (state->call_ref_count == state->call_ref_capacity) {
        size_t capacity = state->call_ref_capacity ? state->call_ref_capacity * 2 : 8;
        int64_t *refs = realloc(state->call_refs, capacity * sizeof *refs);
        if (refs) state->call_refs = refs;
        unsigned char *kept = realloc(state->call_kept, capacity);
        if (kept) state->call_kept = kept;
        if (!refs || !kept) {
            luaL_unref(L, LUA_REGISTRYINDEX, (int)reference);
            luaL_error(L, "not enough memory");
        }
        state->call_ref_capacity = capacity;
    }
    state->call_refs[state->call_ref_count] = reference;
    state->call_kept[state->call_ref_count] = 0;
    state->call_ref_count++;
}

void exo_walk(exo_state *state, lua_State *L, int index, exo_tape *tape, int depth, int reference_functions) {
    index = lua_absindex(L, index);
    count_copy(state, L, lua_type(L, index) == LUA_TSTRING ? lua_rawlen(L, index) : 0);
    switch (lua_type(L, index)) {
    case LUA_TNONE:
    case LUA_TNIL:
        exo_tape_push_nil(tape);
        break;
    case LUA_TBOOLEAN:
        exo_tape_push_boolean(tape, lua_toboolean(L, index));
        break;
    case LUA_TNUMBER:
        if (lua_isinteger(L, index)) exo_tape_push_integer(tape, lua_tointeger(L, index));
        else exo_tape_push_number(tape, lua_tonumber(L, index));
        break;
    case LUA_TSTRING: {
        size_t length = 0;
        const char *bytes = lua_tolstring(L, index, &length);
        exo_tape_push_string(tape, bytes, length);
        break;
    }
    case LUA_TTABLE: {
        if (depth >= EXO_MAX_DEPTH) luaL_error(L, "a table is nested more than %d levels deep (or refers to itself)", EXO_MAX_DEPTH);
        luaL_checkstack(L, 4, "table nested too deeply");
        int32_t pairs = 0;
        lua_pushnil(L);
        while (lua_next(L, index)) {
            pairs++;
            lua_pop(L, 1);
        }
        exo_tape_push_table(tape, pairs);
        lua_pushnil(L);
        while (lua_next(L, index)) {
            exo_walk(state, L, -2, tape, depth + 1, reference_functions);
            exo_walk(state, L, -1, tape, depth + 1, reference_functions);
            lua_pop(L, 1);
        }
        break;
    }
    case LUA_TFUNCTION:
        if (reference_functions) {
            lua_pushvalue(L, index);
            int reference = luaL_ref(L, LUA_REGISTRYINDEX);
            remember_call_ref(state, L, reference);
            exo_tape_push_function(tape, reference);
            break;
        }
        /* fall through */
    default: {
        const char *name = lua_typename(L, lua_type(L, index));
        exo_slot *slot;
        exo_tape_push_nil(tape);
        if (!tape->failed) {
            slot = &tape->slots[tape->count - 1];
            slot->kind = EXO_OTHER;
            slot->bytes = name;
            slot->length = strlen(name);
        }
        break;
    }
    }
    if (tape->failed) luaL_error(L, "not enough memory");
}

static size_t push_slot(lua_State *L, const exo_tape *tape, size_t index, int depth) {
    if (index >= tape->count || depth > EXO_MAX_DEPTH) luaL_error(L, "host returned a malformed value");
    luaL_checkstack(L, 4, "value nested too deeply");
    const exo_slot *slot = &tape->slots[index];
    switch (slot->kind) {
    case EXO_BOOLEAN: lua_pushboolean(L, (int)slot->integer); return index + 1;
    case EXO_INTEGER: lua_pushinteger(L, (lua_Integer)slot->integer); return index + 1;
    case EXO_NUMBER: lua_pushnumber(L, slot->number); return index + 1;
    case EXO_STRING: lua_pushlstring(L, slot->bytes, slot->length); return index + 1;
    case EXO_FUNCTION: lua_rawgeti(L, LUA_REGISTRYINDEX, (lua_Integer)slot->integer); return index + 1;
    case EXO_TABLE: {
        lua_createtable(L, 0, slot->count > 0 ? slot->count : 0);
        size_t next = index + 1;
        for (int32_t pair = 0; pair < slot->count; pair++) {
            next = push_slot(L, tape, next, depth + 1);
            next = push_slot(L, tape, next, depth + 1);
            if (lua_isnil(L, -2) || (lua_type(L, -2) == LUA_TNUMBER && lua_tonumber(L, -2) != lua_tonumber(L, -2))) lua_pop(L, 2);
            else lua_rawset(L, -3);
        }
        return next;
    }
    default: lua_pushnil(L); return index + 1;
    }
}

int exo_push_all(lua_State *L, const exo_tape *tape) {
    int pushed = 0;
    size_t index = 0;
    while (index < tape->count) {
        luaL_checkstack(L, 2, "too many results");
        index = push_slot(L, tape, index, 0);
        pushed++;
    }
    return pushed;
}

static void release_unkept(exo_state *state, lua_State *L) {
    for (size_t i = 0; i < state->call_ref_count; i++) {
        if (!state->call_kept[i]) luaL_unref(L, LUA_REGISTRYINDEX, (int)state->call_refs[i]);
    }
    state->call_ref_count = 0;
}

void exo_state_keep(exo_state *state, int64_t reference) {
    for (size_t i = 0; i < state->call_ref_count; i++) {
        if (state->call_refs[i] == reference) state->call_kept[i] = 1;
    }
}

static int answer(lua_State *L, int status, lua_KContext context);

// Acts on what Swift replied. Only C frames lie between here and Lua, so raising is safe.
static int finish(lua_State *L, exo_state *state, int reply) {
    if (state->results.failed) luaL_error(L, "not enough memory");
    switch (reply) {
    case EXO_REPLY_RAISE: {
        luaL_where(L, 1);
        const exo_slot *slot = state->results.count ? &state->results.slots[0] : NULL;
        if (slot && slot->kind == EXO_STRING) lua_pushlstring(L, slot->bytes, slot->length);
        else lua_pushliteral(L, "host function failed");
        lua_concat(L, 2);
        return lua_error(L);
    }
    case EXO_REPLY_WAIT:
        if (!lua_isyieldable(L)) {
            luaL_error(L, "this function waits for the network and can only be called from a handler, "
                          "not while loading or inside a metamethod, iterator or sort");
        }
        return lua_yieldk(L, 0, 0, answer);
    default:
        lua_settop(L, 0);
        return exo_push_all(L, &state->results);
    }
}

static int answer(lua_State *L, int status, lua_KContext context) {
    (void)status;
    (void)context;
    exo_state *state = lua_touserdata(L, lua_upvalueindex(1));
    exo_tape_reset(&state->args);
    exo_tape_reset(&state->results);
    int reply = state->dispatch(state->host, EXO_FUNCTION_ANSWER, L, &state->args, &state->results);
    return finish(L, state, reply);
}

int exo_trampoline(lua_State *L) {
    exo_state *state = lua_touserdata(L, lua_upvalueindex(1));
    int32_t function = (int32_t)lua_tointeger(L, lua_upvalueindex(2));
    exo_tape_reset(&state->args);
    exo_tape_reset(&state->results);
    // Normally empty; holds the references of a call whose arguments were refused half-way.
    release_unkept(state, L);
    exo_begin_copy(state);
    int given = lua_gettop(L);
    for (int i = 1; i <= given; i++) exo_walk(state, L, i, &state->args, 0, 1);
    int reply = state->dispatch(state->host, function, L, &state->args, &state->results);
    release_unkept(state, L);
    return finish(L, state, reply);
}

// Runs `body` under lua_pcall on the main thread, copying any error message into state->error.
static int protected_call(exo_state *state, lua_CFunction body, void *context) {
    lua_State *L = state->L;
    state->error[0] = 0;
    lua_pushcfunction(L, body);
    lua_pushlightuserdata(L, context);
    int status = lua_pcall(L, 1, 0, 0);
    if (status != LUA_OK) {
        size_t length = 0;
        const char *message = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &length) : NULL;
        if (message) exo_set_error(state, message, length);
        else snprintf(state->error, sizeof state->error, "unknown error");
        lua_pop(L, 1);
    }
    return status;
}

struct define_context { exo_state *state; const char *name; int32_t function; };

static int define_body(lua_State *L) {
    struct define_context *context = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, context->state->host_table_ref);
    lua_pushlightuserdata(L, context->state);
    lua_pushinteger(L, context->function);
    lua_pushcclosure(L, exo_trampoline, 2);
    lua_setfield(L, -2, context->name);
    return 0;
}

int exo_state_define(exo_state *state, const char *name, int32_t function) {
    struct define_context context = {state, name, function};
    return protected_call(state, define_body, &context);
}

struct compile_context { const char *code; size_t length; const char *name; int64_t reference; };

static int compile_body(lua_State *L) {
    struct compile_context *context = lua_touserdata(L, 1);
    if (luaL_loadbufferx(L, context->code, context->length, context->name, "t") != LUA_OK) return lua_error(L);
    context->reference = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

int exo_state_compile(exo_state *state, const char *code, size_t length, const char *chunk_name, int64_t *reference) {
    struct compile_context context = {code, length, chunk_name, LUA_NOREF};
    int status = protected_call(state, compile_body, &context);
    *reference = context.reference;
    return status;
}

struct unref_context { int64_t reference; };

static int unref_body(lua_State *L) {
    struct unref_context *context = lua_touserdata(L, 1);
    luaL_unref(L, LUA_REGISTRYINDEX, (int)context->reference);
    return 0;
}

void exo_state_unref(exo_state *state, int64_t reference) {
    struct unref_context context = {reference};
    protected_call(state, unref_body, &context);
}
