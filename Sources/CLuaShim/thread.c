// Entries into plugin code: every one is a coroutine started and resumed from here.
#include "exo_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct start_context { exo_state *state; int64_t function; const exo_tape *args; int pass_host_table; exo_thread *thread; };

static int start_body(lua_State *L) {
    struct start_context *context = lua_touserdata(L, 1);
    lua_State *co = lua_newthread(L);
    context->thread->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    context->thread->co = co;
    lua_rawgeti(L, LUA_REGISTRYINDEX, (lua_Integer)context->function);
    if (lua_type(L, -1) != LUA_TFUNCTION) luaL_error(L, "the plugin function is gone");
    int count = 0;
    if (context->pass_host_table) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, context->state->host_table_ref);
        count++;
    }
    count += exo_push_all(L, context->args);
    luaL_checkstack(co, count + 1, "too many arguments");
    lua_xmove(L, co, count + 1);
    context->thread->nargs = count;
    return 0;
}

static int protected(exo_state *state, lua_CFunction body, void *context) {
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

exo_thread *exo_thread_start(exo_state *state, int64_t function, const exo_tape *args, int pass_host_table) {
    exo_thread *thread = calloc(1, sizeof *thread);
    if (!thread) {
        snprintf(state->error, sizeof state->error, "not enough memory");
        return NULL;
    }
    thread->ref = LUA_NOREF;
    thread->remaining = state->limits.instruction_budget;
    thread->time_left = state->limits.time_limit;
    struct start_context context = {state, function, args, pass_host_table, thread};
    if (protected(state, start_body, &context) != LUA_OK) {
        exo_thread_release(state, thread);
        return NULL;
    }
    return thread;
}

struct collect_context { exo_state *state; lua_State *co; int count; exo_tape *results; };

static int collect_body(lua_State *L) {
    struct collect_context *context = lua_touserdata(L, 1);
    luaL_checkstack(L, context->count + 4, "too many results");
    lua_xmove(context->co, L, context->count);
    int first = lua_gettop(L) - context->count + 1;
    for (int i = 0; i < context->count; i++) exo_walk(context->state, L, first + i, context->results, 0, 0);
    lua_settop(L, first - 1);
    return 0;
}

static void copy_error(exo_state *state, lua_State *co) {
    // A stop says why in its own words, even when Lua could only raise "not enough memory".
    if (state->stop != EXO_STOP_NONE) exo_stop_message(state, state->error, sizeof state->error);
    else if (lua_type(co, -1) == LUA_TSTRING) {
        size_t length = 0;
        const char *message = lua_tolstring(co, -1, &length);
        exo_set_error(state, message, length);
    }
    else snprintf(state->error, sizeof state->error, "error object is a %s value", luaL_typename(co, -1));
}

int exo_thread_resume(exo_state *state, exo_thread *thread, exo_tape *results) {
    exo_tape_reset(results);
    state->error[0] = 0;
    state->stop = EXO_STOP_NONE;
    state->refused_size = 0;
    state->refusals = 0;
    // The entry's budget and running time carry over from its earlier resumes: a handler that
    // waits on the host in a loop must not get a fresh budget after every wait.
    double started = exo_now();
    state->remaining = thread->remaining;
    state->deadline = started + thread->time_left;
    if (state->remaining < 0 || thread->time_left <= 0) {
        state->stop = state->remaining < 0 ? EXO_STOP_BUDGET : EXO_STOP_TIME;
        exo_stop_message(state, state->error, sizeof state->error);
        return state->stop == EXO_STOP_BUDGET ? EXO_BUDGET_EXCEEDED : EXO_TIME_EXCEEDED;
    }
    lua_sethook(thread->co, lua_gethook(state->L), LUA_MASKCOUNT, 1000);
    int nargs = thread->started ? 0 : thread->nargs;
    thread->started = 1;
    int count = 0;
    int status = lua_resume(thread->co, state->L, nargs, &count);
    thread->remaining = state->remaining;
    thread->time_left -= exo_now() - started;
    if (status == LUA_YIELD) {
        lua_pop(thread->co, count);
        return EXO_WAITING;
    }
    if (status == LUA_OK) {
        state->call_ref_count = 0;
        exo_begin_copy(state);
        struct collect_context context = {state, thread->co, count, results};
        int collected = protected(state, collect_body, &context);
        if (collected == LUA_OK && state->stop != EXO_STOP_MEMORY) return EXO_DONE;
        // The memory ran out after the last hook (the code caught it and returned): a stop all the same.
        if (collected == LUA_OK || collected == LUA_ERRMEM) {
            state->stop = EXO_STOP_MEMORY;
            exo_stop_message(state, state->error, sizeof state->error);
            return EXO_OUT_OF_MEMORY;
        }
        return EXO_ERROR;
    }
    // Lua raises an out-of-memory error itself (after its emergency collection) without the
    // allocator having seen two refusals; it is a memory stop all the same.
    // lauxlib's string buffers raise a plain error with the same words when the allocator refuses.
    int buffer_refused = state->refusals > 0 && lua_type(thread->co, -1) == LUA_TSTRING &&
                         strcmp(lua_tostring(thread->co, -1), "not enough memory") == 0;
    if ((status == LUA_ERRMEM || buffer_refused) && state->stop == EXO_STOP_NONE) state->stop = EXO_STOP_MEMORY;
    copy_error(state, thread->co);
    if (state->stop == EXO_STOP_BUDGET) return EXO_BUDGET_EXCEEDED;
    if (state->stop == EXO_STOP_TIME) return EXO_TIME_EXCEEDED;
    if (state->stop == EXO_STOP_MEMORY) return EXO_OUT_OF_MEMORY;
    return status == LUA_ERRMEM ? EXO_OUT_OF_MEMORY : EXO_ERROR;
}

void *exo_thread_identity(const exo_thread *thread) {
    return thread->co;
}

void exo_thread_release(exo_state *state, exo_thread *thread) {
    if (!thread) return;
    if (thread->ref != LUA_NOREF) exo_state_unref(state, thread->ref);
    free(thread);
}
