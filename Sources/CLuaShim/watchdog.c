// The watchdog: a thread per state that stops an entry from outside when a resume runs past its
// deadline. The count hook checks the clock only every 1,000 instructions, and not at all while a
// C function runs; the watchdog marks the state and re-arms the running coroutine's hook to fire
// at the very next instruction (lua_sethook may be called from another thread: Lua's manual, §4.7),
// so a stop no longer waits for the next thousand instructions.
#include "exo_internal.h"
#include <math.h>

// Extra time past the deadline before the watchdog acts: the count hook normally gets there first.
#define EXO_WATCHDOG_GRACE 0.05

static struct timespec timespec_at(double seconds) {
    struct timespec at;
    at.tv_sec = (time_t)floor(seconds);
    at.tv_nsec = (long)((seconds - floor(seconds)) * 1e9);
    return at;
}

static void *watch(void *context) {
    exo_state *state = context;
    pthread_mutex_lock(&state->watch_lock);
    while (!state->watch_quit) {
        if (!state->watch_running) {
            pthread_cond_wait(&state->watch_wake, &state->watch_lock);
            continue;
        }
        if (exo_now() >= state->watch_deadline) {
            state->interrupted = 1;
            lua_sethook(state->watch_running, exo_limit_hook, LUA_MASKCOUNT, 1);
            state->watch_running = NULL;
            continue;
        }
        struct timespec until = timespec_at(state->watch_deadline);
        pthread_cond_timedwait(&state->watch_wake, &state->watch_lock, &until);
    }
    pthread_mutex_unlock(&state->watch_lock);
    return NULL;
}

int exo_watchdog_init(exo_state *state) {
    pthread_condattr_t attributes;
    if (pthread_condattr_init(&attributes) != 0) return -1;
    pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC);
    int failed = pthread_cond_init(&state->watch_wake, &attributes) != 0;
    pthread_condattr_destroy(&attributes);
    if (failed) return -1;
    if (pthread_mutex_init(&state->watch_lock, NULL) != 0) {
        pthread_cond_destroy(&state->watch_wake);
        return -1;
    }
    state->watch_ready = 1;
    return 0;
}

void exo_watchdog_arm(exo_state *state, lua_State *co) {
    if (!state->watch_ready) return;
    pthread_mutex_lock(&state->watch_lock);
    // The thread starts with the first entry; a state that is never called costs no thread.
    if (!state->watch_started && pthread_create(&state->watch_thread, NULL, watch, state) == 0) state->watch_started = 1;
    state->interrupted = 0;
    state->watch_running = co;
    state->watch_deadline = state->deadline + EXO_WATCHDOG_GRACE;
    pthread_cond_signal(&state->watch_wake);
    pthread_mutex_unlock(&state->watch_lock);
}

void exo_watchdog_disarm(exo_state *state) {
    if (!state->watch_ready) return;
    pthread_mutex_lock(&state->watch_lock);
    state->watch_running = NULL;
    pthread_mutex_unlock(&state->watch_lock);
}

void exo_watchdog_stop(exo_state *state) {
    if (!state->watch_ready) return;
    pthread_mutex_lock(&state->watch_lock);
    state->watch_quit = 1;
    state->watch_running = NULL;
    pthread_cond_signal(&state->watch_wake);
    pthread_mutex_unlock(&state->watch_lock);
    if (state->watch_started) pthread_join(state->watch_thread, NULL);
    pthread_mutex_destroy(&state->watch_lock);
    pthread_cond_destroy(&state->watch_wake);
    state->watch_ready = 0;
}
