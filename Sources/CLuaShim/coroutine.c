// Bounding coroutine.close and coroutine.wrap. Closing a coroutine runs its pending __close
// handlers, which may close another coroutine, and so on; Lua 5.4.4 counts none of this against
// its C-stack limit (lua_resetthread), so about 11,500 nested closes overflow the C stack and
// crash the process. A wrapped coroutine that fails closes its variables the same way. The two
// functions are wrapped here with a nesting count that is refused past EXO_MAX_COROUTINE_NESTING.
#include "exo_internal.h"

// Far below the ~11,500 levels that crash an 8 MiB stack, and below Lua's own limit of 200
// nested C calls, which no ordinary program reaches with closes.
#define EXO_MAX_COROUTINE_NESTING 100

// Calls upvalue 1 with the arguments, counting the nesting; errors pass through unchanged once
// the count is restored (the protected call keeps a longjmp from skipping the decrement).
static int nested(lua_State *L, const char *name) {
    exo_state *state = exo_state_of(L);
    if (state->coroutine_nesting >= EXO_MAX_COROUTINE_NESTING) {
        return luaL_error(L, "%s: coroutines are nested more than %d deep (closed inside __close handlers or wrapped inside each other)", name,
                          EXO_MAX_COROUTINE_NESTING);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    state->coroutine_nesting++;
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    state->coroutine_nesting--;
    if (status != LUA_OK) return lua_error(L);
    return lua_gettop(L);
}

static int guarded_close(lua_State *L) { return nested(L, "coroutine.close"); }
static int guarded_wrapped(lua_State *L) { return nested(L, "coroutine.wrap"); }

// coroutine.wrap(f): Lua's wrapped function, itself wrapped in the nesting count.
static int guarded_wrap(lua_State *L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    lua_pushcclosure(L, guarded_wrapped, 1);
    return 1;
}

void exo_install_coroutine_guards(lua_State *L) {
    lua_getglobal(L, LUA_COLIBNAME);
    lua_getfield(L, -1, "close");
    lua_pushcclosure(L, guarded_close, 1);
    lua_setfield(L, -2, "close");
    lua_getfield(L, -1, "wrap");
    lua_pushcclosure(L, guarded_wrap, 1);
    lua_setfield(L, -2, "wrap");
    lua_pop(L, 1);
}
