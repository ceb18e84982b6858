// Shared between the shim's C files; never seen by Swift.
#ifndef EXO_INTERNAL_H
#define EXO_INTERNAL_H

#include "CLuaShim.h"
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <time.h>

struct exo_state {
    lua_State *L;
    exo_limits limits;
    size_t used;
    /// The size of the last refused request, to tell a refusal Lua's emergency collection fixed
    /// from a real exhaustion (refused again after the collection).
    size_t refused_size;
    /// Allocations refused during the current entry; the second one stops it for good.
    int refusals;
    int64_t remaining;
    double deadline;
    int stop;
    /// How deeply coroutine.close and coroutine.wrap calls are nested now (see coroutine.c).
    int coroutine_nesting;
    /// Values and bytes copied for the host by the current crossing (see exo_walk).
    size_t copied_values;
    size_t copied_bytes;
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
    /// What is left of the entry's instruction budget and running time (seconds) between
    /// resumes: both are fixed when the entry starts, not when it resumes after a wait.
    int64_t remaining;
    double time_left;
};

/// The state a Lua thread belongs to (kept in the extra space every new thread inherits).
static inline exo_state *exo_state_of(lua_State *L) {
    return *(exo_state **)lua_getextraspace(L);
}

void exo_install_pattern_guards(lua_State *L);
void exo_install_library_charges(lua_State *L);
void exo_install_coroutine_guards(lua_State *L);
void exo_install_handler_guard(lua_State *L);
/// Copies an error message into state->error; a long one keeps its start and its end (nested
/// errors put their positions first and the reason last).
void exo_set_error(exo_state *state, const char *message, size_t length);
/// Charges `instructions` of work a library function is about to do in C (where the count hook
/// cannot fire) to the entry's budget: stops the entry when its deadline has passed, raises a
/// (catchable) refusal when the work does not fit in what is left. `what` names the function.
void exo_charge(lua_State *L, double instructions, const char *what);
/// The message that says why the entry stopped (state->stop), written into `buffer`.
const char *exo_stop_message(exo_state *state, char *buffer, size_t size);
/// Raises the error of a stopped entry and makes the hook fire at every instruction from now on.
int exo_raise_stop(lua_State *L);
/// The count hook (state.c): every 1,000 instructions it charges the budget and checks the
/// deadline. No other thread touches a state: lua_sethook called from another thread walks the
/// running coroutine's call frames while that thread may be freeing them, a data race.
void exo_limit_hook(lua_State *L, lua_Debug *ar);
/// Starts counting a new crossing of values to the host (see exo_walk's budgets).
void exo_begin_copy(exo_state *state);
void exo_walk(exo_state *state, lua_State *L, int index, exo_tape *tape, int depth, int reference_functions);
int exo_push_all(lua_State *L, const exo_tape *tape);
int exo_trampoline(lua_State *L);
double exo_now(void);

#endif
