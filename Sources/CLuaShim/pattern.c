// The pattern guard: Lua's matcher backtracks inside C, where the instruction hook never fires
// (string.find(string.rep('a', 150), string.rep('a-', 4) .. 'b') ran 5 s under a 1 M budget). So
// before a pattern runs, its worst case is bounded and refused when too costly.
//
// Bound: each `*`, `+` or `-` item that is followed by more pattern can try up to n + 1 lengths
// and each `?` two, and every try re-runs the rest of the pattern (m items); an unanchored search
// restarts at up to n + 1 positions. `%b` and back-references do not branch but may each scan up
// to n bytes, so they count like a branching item; `%f` and captures cost one step.
//
// The bound is then charged to the instruction budget, one step for one instruction (a matcher
// step and a VM instruction both take a few nanoseconds), so patterns share the call's budget with
// the Lua code around them. A plain find (and a pattern without special characters, which Lua
// also searches for plainly) compares up to m bytes at each of n - m + 1 positions.
#include "exo_internal.h"
#include <math.h>
#include <stdio.h>

static size_t skip_set(const char *p, size_t m, size_t i) {
    i++;
    if (i < m && p[i] == '^') i++;
    do {
        if (i < m && p[i] == '%') i++;
        i++;
    } while (i < m && p[i] != ']');
    return i + 1;
}

static int only_closers_follow(const char *p, size_t m, size_t i) {
    for (; i < m; i++) if (p[i] != ')') return 0;
    return 1;
}

double exo_pattern_cost(const char *p, size_t m, size_t n, int anchored) {
    size_t i = anchored ? 1 : 0;
    int branching = 0;
    int optional = 0;
    while (i < m) {
        char c = p[i];
        if (c == '(' || c == ')') { i++; continue; }
        if (c == '%' && i + 1 < m && p[i + 1] == 'b') {
            i += 4;
            branching++;
            continue;
        }
        if (c == '%' && i + 1 < m && p[i + 1] >= '0' && p[i + 1] <= '9') {
            i += 2;
            branching++;
            continue;
        }
        if (c == '%' && i + 1 < m && p[i + 1] == 'f') {
            i += 2;
            if (i < m && p[i] == '[') i = skip_set(p, m, i);
            continue;
        }
        if (c == '%') i += 2;
        else if (c == '[') i = skip_set(p, m, i);
        else i++;
        if (i >= m) break;
        char q = p[i];
        if (q == '*' || q == '+' || q == '-') {
            i++;
            if (!only_closers_follow(p, m, i)) branching++;
        } else if (q == '?') {
            i++;
            optional++;
        }
    }
    double starts = anchored ? 1.0 : (double)n + 1.0;
    return log10((double)m + 1.0) + log10(starts) + branching * log10((double)n + 1.0) + optional * log10(2.0);
}

static double plain_cost(size_t n, size_t m) {
    double positions = n >= m ? (double)(n - m) + 1.0 : 0.0;
    return ((double)n + positions * (double)m) / 64.0 + 1.0;
}

static int guarded(lua_State *L, const char *name, int may_be_plain, int always_unanchored) {
    size_t n = 0;
    size_t m = 0;
    luaL_checklstring(L, 1, &n);
    const char *pattern = luaL_checklstring(L, 2, &m);
    int plain = may_be_plain && lua_toboolean(L, 4);
    char what[32];
    snprintf(what, sizeof what, "string.%s", name);
    if (plain) {
        exo_charge(L, plain_cost(n, m), what);
    } else {
        int anchored = !always_unanchored && m > 0 && pattern[0] == '^';
        double cost = exo_pattern_cost(pattern, m, n, anchored);
        double limit = log10(exo_state_of(L)->limits.pattern_work_limit);
        if (cost > limit) {
            luaL_error(L, "string.%s: this pattern could take about 10^%d steps on a %I-byte string (the limit is 10^%d); "
                          "use a plain find, a simpler pattern or a shorter string", name, (int)ceil(cost), (lua_Integer)n, (int)limit);
        }
        exo_charge(L, pow(10.0, cost), what);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int guarded_find(lua_State *L) { return guarded(L, "find", 1, 0); }
static int guarded_match(lua_State *L) { return guarded(L, "match", 0, 0); }
static int guarded_gmatch(lua_State *L) { return guarded(L, "gmatch", 0, 1); }
static int guarded_gsub(lua_State *L) { return guarded(L, "gsub", 0, 0); }

void exo_install_pattern_guards(lua_State *L) {
    static const struct { const char *name; lua_CFunction guard; } guards[] = {
        {"find", guarded_find}, {"match", guarded_match}, {"gmatch", guarded_gmatch}, {"gsub", guarded_gsub},
    };
    for (size_t i = 0; i < sizeof guards / sizeof *guards; i++) {
        lua_getfield(L, -1, guards[i].name);
        lua_pushcclosure(L, guards[i].guard, 1);
        lua_setfield(L, -2, guards[i].name);
    }
}
