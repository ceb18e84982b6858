// The only door between Swift and Lua.
//
// Swift never calls a Lua API function that can raise: every function here either does not touch
// Lua at all or runs its Lua work inside lua_pcall/lua_resume, so a Lua error (a longjmp) only
// ever unwinds C and Lua frames. Values cross as flat "tapes" of slots that C reads from and
// pushes onto Lua stacks.
#ifndef CLUASHIM_H
#define CLUASHIM_H

#include <stddef.h>
#include <stdint.h>

/// Kinds of slot on a value tape.
enum exo_kind {
    EXO_NIL = 0,
    EXO_BOOLEAN = 1,
    EXO_INTEGER = 2,
    EXO_NUMBER = 3,
    EXO_STRING = 4,
    /// A table; `count` key/value slot trees follow.
    EXO_TABLE = 5,
    /// A function kept in the registry; `integer` is its reference.
    EXO_FUNCTION = 6,
    /// A value that cannot cross (userdata, thread); `bytes` is its type name.
    EXO_OTHER = 7,
};

/// One value on a tape.
typedef struct exo_slot {
    int32_t kind;
    int32_t count;
    int64_t integer;
    double number;
    const char *bytes;
    size_t length;
} exo_slot;

/// A growable sequence of slots; strings appended from Swift are copied and owned by the tape.
typedef struct exo_tape {
    exo_slot *slots;
    size_t count;
    size_t capacity;
    char **owned;
    size_t owned_count;
    size_t owned_capacity;
    int failed;
} exo_tape;

void exo_tape_init(exo_tape *tape);
void exo_tape_reset(exo_tape *tape);
void exo_tape_free(exo_tape *tape);
void exo_tape_push_nil(exo_tape *tape);
void exo_tape_push_boolean(exo_tape *tape, int value);
void exo_tape_push_integer(exo_tape *tape, int64_t value);
void exo_tape_push_number(exo_tape *tape, double value);
void exo_tape_push_string(exo_tape *tape, const char *bytes, size_t length);
void exo_tape_push_table(exo_tape *tape, int32_t pairs);
void exo_tape_push_function(exo_tape *tape, int64_t reference);

/// What a host function asks the trampoline to do when it returns.
enum exo_reply {
    /// Push the result tape's top-level values and return them.
    EXO_REPLY_RETURN = 0,
    /// Raise a Lua error whose message is the result tape's first (string) slot.
    EXO_REPLY_RAISE = 1,
    /// Suspend the calling coroutine; the host resumes it once the answer is ready.
    EXO_REPLY_WAIT = 2,
};

/// Host function id the continuation uses to fetch the answer to a wait.
#define EXO_FUNCTION_ANSWER (-1)

/// Calls Swift: `host` is the opaque host pointer given at open, `function` the id given at
/// define (or EXO_FUNCTION_ANSWER), `thread` identifies the calling coroutine. Swift reads `args`
/// and writes `results`; it must not call back into Lua.
typedef int (*exo_dispatch_fn)(void *host, int32_t function, void *thread, const exo_tape *args, exo_tape *results);

/// Limits of one plugin state.
typedef struct exo_limits {
    /// Bytes the allocator may hand out in total.
    size_t memory_limit;
    /// VM instructions per entry (each resume).
    int64_t instruction_budget;
    /// Wall-clock seconds per entry, checked every 1,000 instructions.
    double time_limit;
    /// Worst-case steps a pattern function may need (see exo_pattern_cost), checked before it runs.
    double pattern_work_limit;
} exo_limits;

/// Why the last entry stopped abnormally.
enum exo_stop {
    EXO_STOP_NONE = 0,
    EXO_STOP_BUDGET = 1,
    EXO_STOP_TIME = 2,
    /// The allocator refused the same request twice (once more after Lua's emergency collection).
    EXO_STOP_MEMORY = 3,
};

/// Outcome of a resume.
enum exo_status {
    EXO_DONE = 0,
    EXO_WAITING = 1,
    EXO_ERROR = 2,
    EXO_OUT_OF_MEMORY = 3,
    EXO_BUDGET_EXCEEDED = 4,
    EXO_TIME_EXCEEDED = 5,
};

typedef struct exo_state exo_state;

/// A new sandboxed state with only the safe libraries; NULL when even that exceeds the cap.
exo_state *exo_state_open(exo_limits limits, void *host, exo_dispatch_fn dispatch);
void exo_state_close(exo_state *state);
/// Bytes in use by the state's allocator.
size_t exo_state_memory_used(const exo_state *state);
/// The message of the last failed operation (valid until the next one).
const char *exo_state_error(const exo_state *state);

/// Adds a host function under `name` in the raw host table the prelude receives.
int exo_state_define(exo_state *state, const char *name, int32_t function);
/// Compiles a text chunk (never bytecode) into a function reference; 0 on success.
int exo_state_compile(exo_state *state, const char *code, size_t length, const char *chunk_name, int64_t *reference);
/// Drops a registry reference (functions, threads).
void exo_state_unref(exo_state *state, int64_t reference);

/// An entry in progress: a coroutine running one function.
typedef struct exo_thread exo_thread;

/// Starts `function` with the tape's top-level values as arguments (the first call passes the raw
/// host table when `pass_host_table` is set). NULL on failure (see exo_state_error).
exo_thread *exo_thread_start(exo_state *state, int64_t function, const exo_tape *args, int pass_host_table);
/// Runs the coroutine until it finishes, waits or fails; on EXO_DONE, `results` holds its returns.
int exo_thread_resume(exo_state *state, exo_thread *thread, exo_tape *results);
/// The coroutine's identity, as passed to the dispatcher.
void *exo_thread_identity(const exo_thread *thread);
void exo_thread_release(exo_state *state, exo_thread *thread);

/// Keeps a function reference from the current call's arguments alive after it returns.
void exo_state_keep(exo_state *state, int64_t reference);

/// Worst-case matcher steps for `pattern` over a subject of `subject_length` bytes (log10), as the
/// pattern guard computes it.
double exo_pattern_cost(const char *pattern, size_t pattern_length, size_t subject_length, int anchored_search);

#endif
