// Charging C library work to the instruction budget. Lua's count hook fires only between VM
// instructions, so one call of string.rep, table.move, table.concat, table.insert and friends
// could run for minutes in C (`table.move({}, 1, 1e15, 1)`, `string.rep('', 1e15)`) under any
// budget or deadline. Each function here works out how much the call will do, charges it, and
// only then runs Lua's own implementation (or, for insert and remove, a copy that cannot be
// handed a different length than the one charged).
#include "exo_internal.h"
#include <math.h>

// Rough equivalences, estimated rather than measured one by one: a VM instruction takes about
// 3 ns (10 million in about 30 ms, see LuaLimits), in which memcpy moves some 64 bytes and a
// tight C loop with a small copy turns about 8 times.
#define EXO_BYTES_PER_INSTRUCTION 64.0
#define EXO_LOOP_TURNS_PER_INSTRUCTION 8.0

// The largest number of instructions a charge can name without overflowing int64.
#define EXO_MAX_CHARGE 9.0e18

void exo_charge(lua_State *L, double instructions, const char *what) {
    exo_state *state = exo_state_of(L);
    if (state->stop == EXO_STOP_NONE && exo_now() > state->deadline) state->stop = EXO_STOP_TIME;
    if (state->stop != EXO_STOP_NONE) {
        exo_raise_stop(L);
        return;
    }
    if (!(instructions >= 0)) instructions = 0;
    if (instructions > EXO_MAX_CHARGE) instructions = EXO_MAX_CHARGE;
    // Refused, not stopped: the refusal itself costs nothing in C, so a plugin that catches it
    // and tries again only spends its budget on the trying.
    if (instructions > (double)state->remaining) {
        luaL_error(L, "%s: this call would do about %I instructions' worth of work in C, more than the %I left of "
                      "this call's instruction budget of %I", what, (lua_Integer)instructions,
                   (lua_Integer)(state->remaining > 0 ? state->remaining : 0), (lua_Integer)state->limits.instruction_budget);
        return;
    }
    state->remaining -= (int64_t)instructions;
}

// Runs the library's own function (upvalue 1) on the arguments as they are now.
static int call_original(lua_State *L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

// Elements from first to last, as a double so that no range can overflow.
static double span(lua_Integer first, lua_Integer last) {
    return last >= first ? (double)last - (double)first + 1.0 : 0.0;
}

static int charged_rep(lua_State *L) {
    size_t length = 0;
    size_t separator = 0;
    luaL_checklstring(L, 1, &length);
    lua_Integer count = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &separator);
    double bytes = (double)count * ((double)length + (double)separator);
    exo_state *state = exo_state_of(L);
    double room = state->used < state->limits.memory_limit ? (double)(state->limits.memory_limit - state->used) : 0.0;
    // A result larger than the memory left is refused when Lua allocates it, before any copying,
    // and with the clearer reason. Otherwise every copy is a loop turn, even of empty strings.
    if (count > 0 && bytes <= room) {
        exo_charge(L, (double)count / EXO_LOOP_TURNS_PER_INSTRUCTION + bytes / EXO_BYTES_PER_INSTRUCTION, "string.rep");
    }
    return call_original(L);
}

static int charged_format(lua_State *L) {
    size_t length = 0;
    luaL_checklstring(L, 1, &length);
    // One conversion of at least two format bytes writes at most 418 bytes (lstrlib's MAX_ITEMF,
    // `%99.99f` of 1e308); strings and %q of strings write their own bytes (twice, escaped).
    double bytes = (double)length * 209.0;
    int given = lua_gettop(L);
    for (int i = 2; i <= given; i++) {
        if (lua_type(L, i) == LUA_TSTRING) bytes += 2.0 * (double)lua_rawlen(L, i);
    }
    exo_charge(L, (double)given + bytes / EXO_BYTES_PER_INSTRUCTION, "string.format");
    return call_original(L);
}

// Charges the range of table 1 that arguments `at` and `at + 1` name (default 1 to #t), then runs
// the original with both made explicit: the length is read once, here, so a __len that answers
// differently on a second call cannot make the real work longer than the one charged.
static int charged_range(lua_State *L, int at, const char *what) {
    lua_Integer first = luaL_optinteger(L, at, 1);
    lua_Integer last = lua_isnoneornil(L, at + 1) ? luaL_len(L, 1) : luaL_checkinteger(L, at + 1);
    exo_charge(L, span(first, last), what);
    lua_settop(L, at + 1);
    lua_pushinteger(L, first);
    lua_replace(L, at);
    lua_pushinteger(L, last);
    lua_replace(L, at + 1);
    return call_original(L);
}

static int charged_concat(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    return charged_range(L, 3, "table.concat");
}

static int charged_move(lua_State *L) {
    lua_Integer first = luaL_checkinteger(L, 2);
    lua_Integer last = luaL_checkinteger(L, 3);
    exo_charge(L, span(first, last), "table.move");
    return call_original(L);
}

static int charged_sort(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    if (luaL_getmetafield(L, 1, "__len") != LUA_TNIL) {
        return luaL_error(L, "table.sort: tables with a __len metamethod cannot be sorted in plugins (sort a plain copy)");
    }
    double count = (double)lua_rawlen(L, 1);
    exo_charge(L, count * (log2(count + 1.0) + 1.0), "table.sort");
    return call_original(L);
}

// table.insert as in Lua 5.4's ltablib.c, with the length read once and the shift charged.
static int charged_insert(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer end = luaL_len(L, 1);
    if (end == LUA_MAXINTEGER) return luaL_error(L, "table.insert: the table is too long");
    end++;
    lua_Integer position = end;
    switch (lua_gettop(L)) {
    case 2: break;
    case 3:
        position = luaL_checkinteger(L, 2);
        luaL_argcheck(L, (lua_Unsigned)position - 1u < (lua_Unsigned)end, 2, "position out of bounds");
        exo_charge(L, span(position + 1, end), "table.insert");
        for (lua_Integer i = end; i > position; i--) {
            lua_geti(L, 1, i - 1);
            lua_seti(L, 1, i);
        }
        break;
    default: return luaL_error(L, "wrong number of arguments to 'insert'");
    }
    lua_seti(L, 1, position);
    return 0;
}

// table.remove as in Lua 5.4's ltablib.c, with the length read once and the shift charged.
static int charged_remove(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer size = luaL_len(L, 1);
    lua_Integer position = luaL_optinteger(L, 2, size);
    if (position != size) {
        luaL_argcheck(L, (lua_Unsigned)position - 1u <= (lua_Unsigned)size, 2, "position out of bounds");
    }
    exo_charge(L, span(position, size), "table.remove");
    lua_geti(L, 1, position);
    for (; position < size; position++) {
        lua_geti(L, 1, position + 1);
        lua_seti(L, 1, position);
    }
    lua_pushnil(L);
    lua_seti(L, 1, position);
    return 1;
}

// Functions that copy or scan their string argument once (upper, lower, reverse, byte, sub,
// utf8.len, utf8.codepoint): each is charged its length, so that a loop over a large string
// pays for the bytes it moves and not only for the instructions that call. Upvalue 2 is the name.
static int charged_by_length(lua_State *L) {
    size_t length = 0;
    luaL_checklstring(L, 1, &length);
    exo_charge(L, (double)length / EXO_BYTES_PER_INSTRUCTION, lua_tostring(L, lua_upvalueindex(2)));
    return call_original(L);
}

// table.unpack, charged the values it pushes.
static int charged_unpack(lua_State *L) {
    return charged_range(L, 2, "table.unpack");
}

static void charge_field(lua_State *L, const char *name, lua_CFunction charged) {
    lua_getfield(L, -1, name);
    lua_pushcclosure(L, charged, 1);
    lua_setfield(L, -2, name);
}

// Replaces field `name` of the table on top with charged_by_length around it, named `what`.
static void charge_length(lua_State *L, const char *name, const char *what) {
    lua_getfield(L, -1, name);
    lua_pushstring(L, what);
    lua_pushcclosure(L, charged_by_length, 2);
    lua_setfield(L, -2, name);
}

// Expects the string library's table on top of the stack; leaves it there.
void exo_install_library_charges(lua_State *L) {
    charge_field(L, "rep", charged_rep);
    charge_field(L, "format", charged_format);
    charge_length(L, "upper", "string.upper");
    charge_length(L, "lower", "string.lower");
    charge_length(L, "reverse", "string.reverse");
    charge_length(L, "byte", "string.byte");
    charge_length(L, "sub", "string.sub");
    lua_getglobal(L, LUA_UTF8LIBNAME);
    charge_length(L, "len", "utf8.len");
    charge_length(L, "codepoint", "utf8.codepoint");
    lua_pop(L, 1);
    lua_getglobal(L, LUA_TABLIBNAME);
    charge_field(L, "unpack", charged_unpack);
    charge_field(L, "concat", charged_concat);
    charge_field(L, "move", charged_move);
    charge_field(L, "sort", charged_sort);
    lua_pushcfunction(L, charged_insert);
    lua_setfield(L, -2, "insert");
    lua_pushcfunction(L, charged_remove);
    lua_setfield(L, -2, "remove");
    lua_pop(L, 1);
}
