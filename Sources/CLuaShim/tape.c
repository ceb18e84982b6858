// Value tapes: plain malloc'd arrays, never Lua memory, so filling one from Swift cannot raise.
#include "CLuaShim.h"
#include <stdlib.h>
#include <string.h>

void exo_tape_init(exo_tape *tape) {
    memset(tape, 0, sizeof *tape);
}

void exo_tape_reset(exo_tape *tape) {
    for (size_t i = 0; i < tape->owned_count; i++) free(tape->owned[i]);
    tape->owned_count = 0;
    tape->count = 0;
    tape->failed = 0;
}

void exo_tape_free(exo_tape *tape) {
    exo_tape_reset(tape);
    free(tape->owned);
    free(tape->slots);
    exo_tape_init(tape);
}

static exo_slot *next_slot(exo_tape *tape) {
    if (tape->failed) return NULL;
    if (tape->count == tape->capacity) {
        size_t capacity = tape->capacity ? tape->capacity * 2 : 16;
        exo_slot *grown = realloc(tape->slots, capacity * sizeof *grown);
        if (!grown) { tape->failed = 1; return NULL; }
        tape->slots = grown;
        tape->capacity = capacity;
    }
    exo_slot *slot = &tape->slots[tape->count++];
    memset(slot, 0, sizeof *slot);
    return slot;
}

void exo_tape_push_nil(exo_tape *tape) {
    exo_slot *slot = next_slot(tape);
    if (slot) slot->kind = EXO_NIL;
}

void exo_tape_push_boolean(exo_tape *tape, int value) {
    exo_slot *slot = next_slot(tape);
    if (slot) { slot->kind = EXO_BOOLEAN; slot->integer = value != 0; }
}

void exo_tape_push_integer(exo_tape *tape, int64_t value) {
    exo_slot *slot = next_slot(tape);
    if (slot) { slot->kind = EXO_INTEGER; slot->integer = value; }
}

void exo_tape_push_number(exo_tape *tape, double value) {
    exo_slot *slot = next_slot(tape);
    if (slot) { slot->kind = EXO_NUMBER; slot->number = value; }
}

void exo_tape_push_string(exo_tape *tape, const char *bytes, size_t length) {
    if (tape->failed) return;
    if (tape->owned_count == tape->owned_capacity) {
        size_t capacity = tape->owned_capacity ? tape->owned_capacity * 2 : 8;
        char **grown = realloc(tape->owned, capacity * sizeof *grown);
        if (!grown) { tape->failed = 1; return; }
        tape->owned = grown;
        tape->owned_capacity = capacity;
    }
    char *copy = malloc(length ? length : 1);
    if (!copy) { tape->failed = 1; return; }
    if (length) memcpy(copy, bytes, length);
    tape->owned[tape->owned_count++] = copy;
    exo_slot *slot = next_slot(tape);
    if (slot) { slot->kind = EXO_STRING; slot->bytes = copy; slot->length = length; }
}

void exo_tape_push_table(exo_tape *tape, int32_t pairs) {
    exo_slot *slot = next_slot(tape);
    if (slot) { slot->kind = EXO_TABLE; slot->count = pairs; }
}

void exo_tape_push_function(exo_tape *tape, int64_t reference) {
    exo_slot *slot = next_slot(tape);
    if (slot) { slot->kind = EXO_FUNCTION; slot->integer = reference; }
}
