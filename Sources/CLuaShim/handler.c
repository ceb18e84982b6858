// xpcall's message handler, guarded. Lua runs a hook with hooks switched off (ldo.c, luaD_hook)
// and calls the message handler of an error raised inside a hook before it unwinds, so a handler
// that follows a stop ran with no count hook at all: `xpcall(error, function() while true do end end)`
// looped for ever. Once an entry is stopped, the plugin's handler is not called; the stop's
// message passes through unchanged.
#include "exo_internal.h"

static int guarded_handler(lua_State *L) {
    if (exo_state_of(L)->stop != EXO_STOP_NONE) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

// xpcall(f, handler, ...) with the handler wrapped in guarded_handler.
static int guarded_xpcall(lua_State *L) {
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, guarded_handler, 1);
    lua_replace(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

void exo_install_handler_guard(lua_State *L) {
    lua_getglobal(L, "xpcall");
    lua_pushcclosure(L, guarded_xpcall, 1);
    lua_setglobal(L, "xpcall");
}
