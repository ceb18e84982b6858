// Opening a sandboxed state: the capped allocator, the instruction and time hook, safe libraries.
#include "exo_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define EXO_HOOK_INTERVAL 1000

double exo_now(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

// Lua's allocator contract: when ptr is NULL, osize is a type tag, not a size; a shrink must not
// fail; returning NULL for a growth makes Lua raise LUA_ERRMEM.
static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    exo_state *state = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        state->used -= old;
        return NULL;
    }
    int over = nsize > old && (nsize - old > state->limits.memory_limit || state->used - old + nsize > state->limits.memory_limit);
    // Once stopped for memory, every growth is refused, so that no error handler can get on.
    if (nsize > old && (over || state->stop == EXO_STOP_MEMORY)) {
        // Exhausted for good: the same request refused again after Lua's emergency collection,
        // or a second refusal in one entry (a pcall catching the first and trying again).
        state->refusals++;
        if (state->refused_size == nsize || state->refusals > 1) state->stop = EXO_STOP_MEMORY;
        state->refused_size = nsize;
        return NULL;
    }
    void *grown = realloc(ptr, nsize);
    if (!grown) return nsize <= old ? ptr : NULL;
    state->refused_size = 0;
    state->used = state->used - old + nsize;
    return grown;
}

void exo_limit_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    exo_state *state = exo_state_of(L);
    state->remaining -= EXO_HOOK_INTERVAL;
    if (state->stop == EXO_STOP_NONE && state->remaining < 0) state->stop = EXO_STOP_BUDGET;
    if (state->stop == EXO_STOP_NONE && exo_now() > state->deadline) state->stop = EXO_STOP_TIME;
    if (state->stop == EXO_STOP_NONE) return;
    exo_raise_stop(L);
}

const char *exo_stop_message(exo_state *state, char *buffer, size_t size) {
    switch (state->stop) {
    case EXO_STOP_MEMORY:
        snprintf(buffer, size, "stopped: the memory limit of %zu bytes is used up", state->limits.memory_limit);
        break;
    case EXO_STOP_BUDGET:
        snprintf(buffer, size, "stopped: the instruction budget of %lld instructions for one call is used up (an endless loop?)",
                 (long long)state->limits.instruction_budget);
        break;
    default:
        snprintf(buffer, size, "stopped: the call ran longer than its time limit of %g seconds", state->limits.time_limit);
        break;
    }
    return buffer;
}

int exo_raise_stop(lua_State *L) {
    exo_state *state = exo_state_of(L);
    // Once stopped, fire at every instruction so that pcall loops and error handlers die too.
    lua_sethook(L, exo_limit_hook, LUA_MASKCOUNT, 1);
    char message[256];
    // A memory stop may leave no room for the message; Lua then raises its preallocated one and
    // the shim puts this text back when it reports the stop (exo_thread_resume).
    return luaL_error(L, "%s", exo_stop_message(state, message, sizeof message));
}

// load(chunk, name, mode, env) with the mode forced to text: bytecode can crash the VM.
static int text_only_load(lua_State *L) {
    int given = lua_gettop(L);
    if (given < 3) lua_settop(L, 3);
    lua_pushliteral(L, "t");
    lua_replace(L, 3);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

// setmetatable without __gc: Lua runs finalizers with hooks switched off (lgc.c, GCTM), so a
// looping __gc could never be stopped, not even when the state is closed.
static int setmetatable_without_gc(lua_State *L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL) {
            return luaL_error(L, "setmetatable: __gc finalizers are not allowed in plugins (use a to-be-closed variable)");
        }
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static void remove_global(lua_State *L, const char *name) {
    lua_pushnil(L);
    lua_setglobal(L, name);
}

static int open_safe_libraries(lua_State *L) {
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    lua_pop(L, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    lua_pop(L, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    lua_pop(L, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    lua_pop(L, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_pop(L, 1);
    luaL_requiref(L, LUA_COLIBNAME, luaopen_coroutine, 1);
    lua_pop(L, 1);
    // os: only the clock and calendar functions.
    luaopen_os(L);
    lua_createtable(L, 0, 3);
    const char *clock_functions[] = {"time", "clock", "date", "difftime"};
    for (size_t i = 0; i < sizeof clock_functions / sizeof *clock_functions; i++) {
        lua_getfield(L, -2, clock_functions[i]);
        lua_setfield(L, -2, clock_functions[i]);
    }
    lua_setglobal(L, "os");
    lua_pop(L, 1);
    remove_global(L, "dofile");
    remove_global(L, "loadfile");
    remove_global(L, "collectgarbage");
    remove_global(L, "print");
    lua_getglobal(L, "load");
    lua_pushcclosure(L, text_only_load, 1);
    lua_setglobal(L, "load");
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, setmetatable_without_gc, 1);
    lua_setglobal(L, "setmetatable");
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    exo_install_pattern_guards(L);
    exo_install_library_charges(L);
    lua_pop(L, 1);
    exo_install_coroutine_guards(L);
    exo_install_handler_guard(L);
    // The raw host table: host functions are defined into it and the prelude builds `exo` from it.
    lua_newtable(L);
    exo_state_of(L)->host_table_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

exo_state *exo_state_open(exo_limits limits, void *host, exo_dispatch_fn dispatch) {
    exo_state *state = calloc(1, sizeof *state);
    if (!state) return NULL;
    state->limits = limits;
    state->host = host;
    state->dispatch = dispatch;
    state->host_table_ref = LUA_NOREF;
    exo_tape_init(&state->args);
    exo_tape_init(&state->results);
    state->L = lua_newstate(capped_alloc, state);
    if (!state->L) {
        free(state);
        return NULL;
    }
    *(exo_state **)lua_getextraspace(state->L) = state;
    lua_sethook(state->L, exo_limit_hook, LUA_MASKCOUNT, EXO_HOOK_INTERVAL);
    state->remaining = limits.instruction_budget;
    state->deadline = exo_now() + limits.time_limit;
    lua_pushcfunction(state->L, open_safe_libraries);
    if (lua_pcall(state->L, 0, 0, 0) != LUA_OK) {
        exo_state_close(state);
        return NULL;
    }
    return state;
}

void exo_state_close(exo_state *state) {
    if (!state) return;
    if (state->L) lua_close(state->L);
    exo_tape_free(&state->args);
    exo_tape_free(&state->results);
    free(state->call_refs);
    free(state->call_kept);
    free(state);
}

size_t exo_state_memory_used(const exo_state *state) {
    return state->used;
}

void exo_set_error(exo_state *state, const char *message, size_t length) {
    static const char gap[] = " … ";
    const size_t head = 160;
    size_t size = sizeof state->error;
    if (length < size) {
        memcpy(state->error, message, length);
        state->error[length] = 0;
        return;
    }
    size_t tail = size - 1 - head - (sizeof gap - 1);
    memcpy(state->error, message, head);
    memcpy(state->error + head, gap, sizeof gap - 1);
    memcpy(state->error + head + sizeof gap - 1, message + length - tail, tail);
    state->error[size - 1] = 0;
}

const char *exo_state_error(const exo_state *state) {
    return state->error;
}
