// Debian's liblua5.4-dev (plain C build: lua_error is a longjmp, never a C++ throw).
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
