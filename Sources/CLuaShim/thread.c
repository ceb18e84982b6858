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
        const char *message = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "unknown error";
        snprintf(state->error, sizeof state->error, "%s", message);
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
    if (lua_type(co, -1) == LUA_TSTRING) snprintf(state->error, sizeof state->error, "%s", lua_tostring(co, -1));
    else snprintf(state->error, sizeof state->error, "error object is a %s value", luaL_typename(co, -1));
}

int exo_thread_resume(exo_state *state, exo_thread *thread, exo_tape *results) {
    exo_tape_reset(results);
    state->error[0] = 0;
    state->stop = EXO_STOP_NONE;
    state->refused_size = 0;
    state->remaining = state->limits.instruction_budget;
    state->deadline = exo_now() + state->limits.time_limit;
    lua_sethook(thread->co, lua_gethook(state->L), LUA_MASKCOUNT, 1000);
    int nargs = thread->started ? 0 : thread->nargs;
    thread->started = 1;
    int count = 0;
    int status = lua_resume(thread->co, state->L, nargs, &count);
    if (status == LUA_YIELD) {
        lua_pop(thread->co, count);
        return EXO_WAITING;
    }
    if (status == LUA_OK) {
        state->call_ref_count = 0;
        struct collect_context context = {state, thread->co, count, results};
        int collected = protected(state, collect_body, &context);
        if (collected == LUA_OK) return state->stop == EXO_STOP_MEMORY ? EXO_OUT_OF_MEMORY : EXO_DONE;
        return collected == LUA_ERRMEM ? EXO_OUT_OF_MEMORY : EXO_ERROR;
    }
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
