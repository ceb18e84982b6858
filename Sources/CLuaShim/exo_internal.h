// Shared between the shim's C files; never seen by Swift.
#ifndef EXO_INTERNAL_H
#define EXO_INTERNAL_H

#include "CLuaShim.h"
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

struct exo_state {
    lua_State *L;
    exo_limits limits;
    size_t used;
    /// The size of the last refused request, to tell a refusal Lua's emergency collection fixed
    /// from a real exhaustion (refused again after the collection).
    size_t refused_size;
    int64_t remaining;
    double deadline;
    int stop;
    void *host;
    exo_dispatch_fn dispatch;
    exo_tape args;
    exo_tape results;
    /// Function references made for the current call's arguments, and which of them Swift kept.
    int64_t *call_refs;
    unsigned char *call_kept;
    size_t call_ref_count;
    size_t call_ref_capacity;
    int host_table_ref;
    char error[512];
};

struct exo_thread {
    lua_State *co;
    int ref;
    int nargs;
    int started;
};

/// The state a Lua thread belongs to (kept in the extra space every new thread inherits).
static inline exo_state *exo_state_of(lua_State *L) {
    return *(exo_state **)lua_getextraspace(L);
}

void exo_install_pattern_guards(lua_State *L);
void exo_walk(exo_state *state, lua_State *L, int index, exo_tape *tape, int depth, int reference_functions);
int exo_push_all(lua_State *L, const exo_tape *tape);
int exo_trampoline(lua_State *L);
double exo_now(void);

#endif
