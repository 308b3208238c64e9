/*
 * emit.c — the code builder (see emit.h).
 *
 * Jumps are emitted with a label number as their argument and resolved in
 * build_code.  Each instruction remembers the handler that was active when
 * it was emitted; runs of instructions with the same handler become the
 * exception table's entries.  The stack depth is found by walking every
 * path from the entry and from each handler (CPython's stackdepth()).
 *
 * Invariant: every constant a builder lists is owned by its unit, and the
 * unit holds one object per distinct (type, value).
 */
#include "emit.h"

#include "abstract.h"
#include "complex.h"
#include "hv.h"
#include "set.h"
#include "types.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NOT_PLACED UINT32_MAX

/* ---- constants ----------------------------------------------------------- */

void unit_init(unit *u, vm *v, object *filename)
{
    memset(u, 0, sizeof *u);
    u->v = v;
    u->filename = obj_incref(v, filename);
}

void unit_free(unit *u)
{
    for (size_t i = 0; i < u->nconsts; i++)
        obj_decref(u->v, u->consts[i]);
    free(u->consts);
    free(u->chain);
    map_free(&u->bykey);
    map_free(&u->own);
    obj_decref(u->v, u->filename);
}

static uint64_t mix(uint64_t h, uint64_t x)
{
    return (h ^ x) * 0x100000001b3ULL;
}

/* A hash of (type, value) consistent with const_same. */
static uint64_t const_key(vm *v, object *c)
{
    uint64_t h = mix(1469598103934665603ULL, (uint64_t)(uintptr_t)c->type);
    if (obj_is(v, c, T_INT)) {
        int64_t n = INT(c)->size < 0 ? -INT(c)->size : INT(c)->size;
        h = mix(h, (uint64_t)INT(c)->size);
        for (int64_t i = 0; i < n; i++)
            h = mix(h, INT(c)->digit[i]);
    } else if (obj_is(v, c, T_FLOAT)) {
        uint64_t bits;
        memcpy(&bits, &FLOAT(c), sizeof bits);
        h = mix(h, bits);
    } else if (obj_is(v, c, T_COMPLEX)) {
        uint64_t bits[2];
        memcpy(&bits[0], &COMPLEX(c)->real, sizeof bits[0]);
        memcpy(&bits[1], &COMPLEX(c)->imag, sizeof bits[1]);
        h = mix(mix(h, bits[0]), bits[1]);
    } else if (obj_is(v, c, T_STR)) {
        for (size_t i = 0; i < STR(c)->nbytes; i++)
            h = mix(h, (unsigned char)STR(c)->data[i]);
    } else if (obj_is(v, c, T_BYTES)) {
        for (size_t i = 0; i < BYTES(c)->n; i++)
            h = mix(h, BYTES(c)->data[i]);
    } else if (obj_is(v, c, T_TUPLE)) {
        for (size_t i = 0; i < TUPLE(c)->n; i++)
            h = mix(h, const_key(v, TUPLE(c)->items[i]));
    } else if (obj_is(v, c, T_FROZENSET)) {
        uint64_t sum = 0;                   /* in any order */
        size_t pos = 0;
        object *item;
        while (set_next_entry(c, &pos, &item, NULL))
            sum += const_key(v, item);
        h = mix(mix(h, (uint64_t)set_len(c)), sum);
    } else {
        h = mix(h, c->addr);
    }
    return h | 1;
}

/* Same type and value, as _PyCode_ConstantKey compares constants. */
static int const_same(vm *v, object *a, object *b)
{
    if (a == b)
        return 1;
    if (a->type != b->type)
        return 0;
    if (obj_is(v, a, T_INT)) {
        const intobj *x = INT(a), *y = INT(b);
        int64_t n = x->size < 0 ? -x->size : x->size;
        return x->size == y->size && memcmp(x->digit, y->digit, (size_t)n * sizeof *x->digit) == 0;
    }
    if (obj_is(v, a, T_FLOAT))
        return memcmp(&FLOAT(a), &FLOAT(b), sizeof(double)) == 0;
    if (obj_is(v, a, T_COMPLEX))
        return memcmp(&COMPLEX(a)->real, &COMPLEX(b)->real, sizeof(double)) == 0 &&
               memcmp(&COMPLEX(a)->imag, &COMPLEX(b)->imag, sizeof(double)) == 0;
    if (obj_is(v, a, T_STR))
        return str_eq(a, b);
    if (obj_is(v, a, T_BYTES))
        return BYTES(a)->n == BYTES(b)->n && memcmp(BYTES(a)->data, BYTES(b)->data, BYTES(a)->n) == 0;
    if (obj_is(v, a, T_TUPLE)) {
        if (TUPLE(a)->n != TUPLE(b)->n)
            return 0;
        for (size_t i = 0; i < TUPLE(a)->n; i++)
            if (!const_same(v, TUPLE(a)->items[i], TUPLE(b)->items[i]))
                return 0;
        return 1;
    }
    if (obj_is(v, a, T_FROZENSET)) {           /* equal frozensets of item keys */
        if (set_len(a) != set_len(b))
            return 0;
        size_t pa = 0;
        object *x;
        while (set_next_entry(a, &pa, &x, NULL)) {
            size_t pb = 0;
            object *y;
            int found = 0;
            while (!found && set_next_entry(b, &pb, &y, NULL))
                found = const_same(v, x, y);
            if (!found)
                return 0;
        }
        return 1;
    }
    return 0;                               /* code objects are never merged */
}

/* merge_consts_recursive: a new constant tuple's items are replaced, in
 * place, by the unit's equal constants (so in `t = (1000, 2000); x = 1000`
 * t[0] is x), and the items become the unit's constants too. */
static void merge_items(unit *u, object *t)
{
    for (size_t i = 0; i < TUPLE(t)->n; i++) {
        object *item = TUPLE(t)->items[i];
        object *same = unit_const(u, obj_incref(u->v, item));
        if (same != item) {
            TUPLE(t)->items[i] = obj_hold(u->v, same, t->addr, i);
            obj_release(u->v, item, t->addr, i);
        }
    }
}

/* merge_consts_recursive on a new frozenset: its items, in its iteration
 * order, merged into a tuple, and a second frozenset made of that tuple,
 * the one co_consts holds (the first is the optimizer's, kept by the
 * arena, or a display's, freed by its caller).  Built in the first's
 * table order, it can order colliding keys differently: {'apple',
 * 'banana', 'cherry'} iterates as python3's.  NULL on MemoryError. */
static object *refrozen(unit *u, object *c)
{
    vm *v = u->v;
    size_t pos = 0, i = 0;
    object *t = tuple_new(v, set_len(c)), *item;
    while (t && set_next_entry(c, &pos, &item, NULL))
        tuple_set(v, t, i++, obj_incref(v, unit_const(u, obj_incref(v, item))));
    object *fs = t ? set_new_frozen(v, t) : NULL;
    obj_xdecref(v, t);
    if (!fs && v->exc)
        vm_exc_clear(v);
    return fs;
}

object *unit_const(unit *u, object *c)
{
    int shallow = u->shallow, quiet = u->mute || !u->mem;
    u->shallow = 0;
    uint64_t key = const_key(u->v, c), first;
    int known = map_get(&u->bykey, key, &first);
    for (size_t i = known ? (size_t)first : SIZE_MAX; i != SIZE_MAX; i = u->chain[i])
        if (const_same(u->v, u->consts[i], c)) {
            if (!quiet)
                compmem_const(u->mem, c, 0);
            obj_decref(u->v, c);
            return u->consts[i];
        }
    size_t cap = u->constcap;
    hv_grow(&u->consts, &cap, u->nconsts + 1, sizeof *u->consts, 64);
    if (cap != u->constcap)
        u->chain = hv_realloc(u->chain, cap * sizeof *u->chain);
    u->constcap = cap;
    u->consts[u->nconsts] = c;
    u->chain[u->nconsts] = known ? (size_t)first : SIZE_MAX;
    map_put(&u->bykey, key, u->nconsts);
    size_t at = u->nconsts++;
    object *cached = quiet ? NULL : compmem_const(u->mem, c, 1);
    if (obj_is(u->v, c, T_TUPLE)) {
        u->mute += shallow;                 /* merge_const_one does not merge the items */
        merge_items(u, c);
        u->mute -= shallow;
    } else if (obj_is(u->v, c, T_FROZENSET) && set_len(c) && !u->mute) {
        object *fs = refrozen(u, c);
        if (fs) {
            if (cached)
                compmem_rekey(u->mem, cached, fs);
            u->consts[at] = fs;
            obj_decref(u->v, c);
            c = fs;
        }
    }
    return c;
}

/* ---- building -------------------------------------------------------------- */

void build_init(builder *b, unit *u)
{
    memset(b, 0, sizeof *b);
    b->u = u;
}

void build_free(builder *b)
{
    free(b->code);
    free(b->lines);
    free(b->cols);
    free(b->handler_of);
    free(b->labels);
    free(b->starts);
    free(b->handlers);
    free(b->hstack);
    free(b->consts);
    free(b->names);
    map_free(&b->constidx);
    map_free(&b->nameidx);
    for (size_t i = 0; i < b->nfolds; i++)
        free(b->folds[i].items);
    free(b->folds);
    free(b->imports);
    memset(b, 0, sizeof *b);
}

void build_stmt(builder *b, uint32_t line)
{
    b->line = line;
    b->stmt = 1;
}

void build_at(builder *b, uint32_t line, uint32_t col, uint32_t end_line, uint32_t end_col)
{
    uint64_t end = end_line == line ? end_col & 0xffff : 0xffff;
    b->line = line;
    b->col = (col & 0xffff) | end << 16 | (uint64_t)((end_line - line) & 0xffff) << 32 |
             (uint64_t)(end_col & 0xffff) << 48;
}

/* starts[] covers position at (zeros past the old end). */
static void mark_room(builder *b, size_t at)
{
    size_t cap = b->startcap;
    if (at < cap)
        return;
    hv_grow(&b->starts, &cap, at + 1, 1, 64);
    memset(b->starts + b->startcap, 0, cap - b->startcap);
    b->startcap = cap;
}

static void mark_start(builder *b, size_t at)
{
    mark_room(b, at);
    b->starts[at] = 1;
}

static int label_at(const builder *b, size_t i);

void build_op(builder *b, unsigned op, uint32_t arg)
{
    /* optimize_basic_block: a PUSH_NULL followed in its block by a
     * LOAD_GLOBAL becomes a NOP, the LOAD_GLOBAL pushing the NULL itself
     * (`g.f()` on an imported g, `fs[0]()` in a function) */
    if (op == OP_LOAD_GLOBAL && !(arg & 1) && b->ncode && !label_at(b, b->ncode) &&
        INSTR_OP(b->code[b->ncode - 1]) == OP_PUSH_NULL) {
        b->code[b->ncode - 1] = (b->code[b->ncode - 1] & INSTR_STMT) | OP_NOP;
        arg |= 1;
    }
    mark_room(b, b->ncode + 1);
    if (b->ncode == b->cap) {
        size_t cap = b->cap;
        hv_grow(&b->code, &cap, b->ncode + 1, sizeof *b->code, 64);
        b->lines = hv_realloc(b->lines, cap * sizeof *b->lines);
        b->cols = hv_realloc(b->cols, cap * sizeof *b->cols);
        b->handler_of = hv_realloc(b->handler_of, cap * sizeof *b->handler_of);
        b->cap = cap;
    }
    uint32_t w = INSTR(op, arg);
    if (b->stmt)
        w |= INSTR_STMT;
    b->stmt = 0;
    b->code[b->ncode] = w;
    b->lines[b->ncode] = b->line;
    b->cols[b->ncode] = b->col;
    b->handler_of[b->ncode] = b->nh ? b->hstack[b->nh - 1] : -1;
    b->ncode++;
}

/* Whether a label is placed at instruction i: a basic block starts there. */
static int label_at(const builder *b, size_t i)
{
    return i < b->startcap && b->starts[i];
}

size_t build_unpack(builder *b, uint32_t n)
{
    uint32_t *last = b->ncode ? &b->code[b->ncode - 1] : NULL;
    if (n < 1 || n > 3 || !last || INSTR_OP(*last) != OP_BUILD_TUPLE ||
        INSTR_ARG(*last) != n || label_at(b, b->ncode)) {
        build_op(b, OP_UNPACK_SEQUENCE, n);
        return BUILD_NO_SWAP;
    }
    if (n == 1) {                   /* x, = y,  is  x = y */
        b->stmt |= (*last & INSTR_STMT) != 0;
        b->ncode--;
        return BUILD_NO_SWAP;
    }
    *last = INSTR(OP_SWAP, n) | (*last & INSTR_STMT);
    return b->ncode - 1;
}

static int swappable(uint32_t w)
{
    return INSTR_OP(w) == OP_STORE_FAST || INSTR_OP(w) == OP_POP_TOP;
}

/* Instruction i takes instruction j's place and j takes i's; a statement
 * start stays where it was. */
static void trade(builder *b, size_t i, size_t j)
{
    uint32_t wi = b->code[i], wj = b->code[j], li = b->lines[i];
    uint64_t ci = b->cols[i];
    b->code[i] = (wj & ~INSTR_STMT) | (wi & INSTR_STMT);
    b->code[j] = (wi & ~INSTR_STMT) | (wj & INSTR_STMT);
    b->lines[i] = b->lines[j], b->lines[j] = li;
    b->cols[i] = b->cols[j], b->cols[j] = ci;
}

/* Instruction i leaves the code; what follows moves up one. */
static void drop(builder *b, size_t i)
{
    uint32_t stmt = b->code[i] & INSTR_STMT;
    size_t rest = b->ncode - i - 1;
    memmove(b->code + i, b->code + i + 1, rest * sizeof *b->code);
    memmove(b->lines + i, b->lines + i + 1, rest * sizeof *b->lines);
    memmove(b->cols + i, b->cols + i + 1, rest * sizeof *b->cols);
    memmove(b->handler_of + i, b->handler_of + i + 1, rest * sizeof *b->handler_of);
    b->starts[i] |= b->starts[i + 1];       /* labels past i move up one, those at i stay */
    memmove(b->starts + i + 1, b->starts + i + 2, b->ncode - i - 1);
    b->starts[b->ncode] = 0;
    b->ncode--;
    if (i < b->ncode)
        b->code[i] |= stmt;
    else
        b->stmt |= stmt != 0;
    for (size_t l = 0; l < b->nlabels; l++)
        if (b->labels[l] != NOT_PLACED && b->labels[l] > i)
            b->labels[l]--;
}

void build_static_swap(builder *b, size_t swap)
{
    size_t first = swap + 1, last = swap + INSTR_ARG(b->code[swap]);
    if (last >= b->ncode)
        return;
    for (size_t i = first; i <= last; i++)
        if (!swappable(b->code[i]) || b->lines[i] != b->lines[first] || label_at(b, i))
            return;
    trade(b, first, last);
    drop(b, swap);
}

static void nop_out(builder *b, size_t i);

/* The end of the run of SWAPs and NOPs starting at SWAP i, within its
 * block (a placed label starts another). */
static size_t swap_run_end(const builder *b, size_t i)
{
    size_t end = i + 1;
    while (end < b->ncode && !label_at(b, end) &&
           (INSTR_OP(b->code[end]) == OP_SWAP || INSTR_OP(b->code[end]) == OP_NOP))
        end++;
    return end;
}

/* swaptimize: the run [i, end) of SWAPs and NOPs rewritten as the fewest
 * SWAPs with the same effect (one per item of each cycle of the
 * permutation, written from the end of the run), NOPs before them. */
static void swaptimize(builder *b, size_t i, size_t end)
{
    uint32_t depth = 0, nswaps = 0;
    for (size_t k = i; k < end; k++)
        if (INSTR_OP(b->code[k]) == OP_SWAP) {
            nswaps++;
            depth = INSTR_ARG(b->code[k]) > depth ? INSTR_ARG(b->code[k]) : depth;
        }
    if (nswaps < 2)
        return;
    enum { VISITED = -1 };
    int32_t *stack = hv_malloc(depth * sizeof *stack);
    for (uint32_t k = 0; k < depth; k++)
        stack[k] = (int32_t)k;
    for (size_t k = i; k < end; k++)
        if (INSTR_OP(b->code[k]) == OP_SWAP) {
            uint32_t arg = INSTR_ARG(b->code[k]);
            int32_t top = stack[0];
            stack[0] = stack[arg - 1];
            stack[arg - 1] = top;
        }
    size_t current = end;
    for (uint32_t k = 0; k < depth; k++) {
        if (stack[k] == VISITED || stack[k] == (int32_t)k)
            continue;
        for (uint32_t j = k;;) {
            if (j) {
                current--;
                b->code[current] = INSTR(OP_SWAP, j + 1) | (b->code[current] & INSTR_STMT);
            }
            if (stack[j] == VISITED)
                break;
            int32_t next = stack[j];
            stack[j] = VISITED;
            j = (uint32_t)next;
        }
    }
    while (current > i)
        nop_out(b, --current);
    free(stack);
}

/* next_swappable_instruction: the next STORE_FAST or POP_TOP after i in
 * its block past NOPs (on `line` unless it is 0), or SIZE_MAX. */
static size_t next_swappable(const builder *b, size_t i, uint32_t line)
{
    while (++i < b->ncode && !label_at(b, i)) {
        if (line && b->lines[i] != line)
            return SIZE_MAX;
        if (INSTR_OP(b->code[i]) == OP_NOP)
            continue;
        return swappable(b->code[i]) ? i : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* apply_static_swaps from instruction i back to its block's start: a
 * SWAP n before n stores or pops on one line becomes a NOP, the first and
 * the nth of them trading places. */
static void static_swaps(builder *b, size_t i)
{
    for (size_t at = i + 1; at-- > 0;) {
        uint32_t w = b->code[at];
        if (INSTR_OP(w) == OP_SWAP) {
            size_t j = next_swappable(b, at, 0), k = j;
            for (uint32_t count = INSTR_ARG(w) - 1; j != SIZE_MAX && count > 0; count--)
                k = next_swappable(b, k, b->lines[j]);
            if (j == SIZE_MAX || k == SIZE_MAX)
                return;
            nop_out(b, at);
            trade(b, j, k);
        } else if (INSTR_OP(w) != OP_NOP && !swappable(w)) {
            return;
        }
        if (label_at(b, at))
            return;
    }
}

void build_swaps(builder *b, size_t from)
{
    for (size_t i = from; i < b->ncode; i++) {
        if (INSTR_OP(b->code[i]) != OP_SWAP)
            continue;
        size_t end = swap_run_end(b, i);
        swaptimize(b, i, end);
        static_swaps(b, end - 1);
        i = end - 1;
    }
}

uint32_t build_label(builder *b)
{
    hv_grow(&b->labels, &b->labelcap, b->nlabels + 1, sizeof *b->labels, 16);
    b->labels[b->nlabels] = NOT_PLACED;
    return (uint32_t)b->nlabels++;
}

void build_place(builder *b, uint32_t label)
{
    b->labels[label] = (uint32_t)b->ncode;
    mark_start(b, b->ncode);
}

static int is_jump(unsigned op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER ||
           op == OP_SEND || op == OP_JUMP_NO_INTERRUPT;
}

/* Instruction i becomes a NOP (its statement start kept). */
static void nop_out(builder *b, size_t i)
{
    b->code[i] = INSTR(OP_NOP, 0) | (b->code[i] & INSTR_STMT);
}

/* Whether instruction i is a build_load_folded LOAD_CONST (its index not
 * known before build_code). */
static int fold_pending(const builder *b, size_t i)
{
    for (size_t k = b->nfolds; k-- > 0 && b->folds[k].at >= i;)
        if (b->folds[k].at == i)
            return 1;
    return 0;
}

/* The constant instruction i loads, or NULL (not a LOAD_CONST, or one
 * whose tuple is still to be folded). */
static object *loaded_const(const builder *b, size_t i)
{
    if (INSTR_OP(b->code[i]) != OP_LOAD_CONST || fold_pending(b, i))
        return NULL;
    return b->consts[INSTR_ARG(b->code[i])];
}

/* optimize_basic_block on a conditional jump just emitted behind
 * LOAD_CONST c in its block: the test is known, so the load becomes a NOP
 * and the jump a JUMP (taken) or a NOP (never taken).  Behind
 * LOAD_CONST None; IS_OP k it becomes POP_JUMP_IF_(NOT_)NONE, the pair
 * NOPs.  The NOPs go from CPython's co_code unless alone on their line
 * (see kept()).  JUMP_IF_FALSE_OR_POP and JUMP_IF_TRUE_OR_POP behind a
 * constant become a JUMP (the constant kept) or two NOPs the same way.
 * Returns the opcode to emit. */
static unsigned fold_test(builder *b, unsigned op)
{
    size_t n = b->ncode;
    int pops = op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE;
    int keeps = op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP;
    if ((!pops && !keeps) || n == 0 || label_at(b, n))
        return op;
    uint32_t last = b->code[n - 1];
    object *k = loaded_const(b, n - 1);
    if (k) {
        int truth = obj_truth(b->u->v, k);
        if (truth < 0) {
            vm_exc_clear(b->u->v);
            return op;
        }
        int jumps = truth == (op == OP_POP_JUMP_IF_TRUE || op == OP_JUMP_IF_TRUE_OR_POP);
        if (pops || !jumps)                 /* JUMP_IF_*_OR_POP taken keeps the value */
            nop_out(b, n - 1);
        return jumps ? OP_JUMP : OP_NOP;
    }
    if (!pops)
        return op;
    if (INSTR_OP(last) != OP_IS_OP || n < 2 || label_at(b, n - 1))
        return op;
    if (loaded_const(b, n - 2) != b->u->v->none)
        return op;
    nop_out(b, n - 2);
    nop_out(b, n - 1);
    return (INSTR_ARG(last) ^ (op == OP_POP_JUMP_IF_FALSE)) ? OP_POP_JUMP_IF_NOT_NONE
                                                             : OP_POP_JUMP_IF_NONE;
}

void build_jump(builder *b, unsigned op, uint32_t label)
{
    op = fold_test(b, op);
    build_op(b, op, op == OP_NOP ? 0 : label);
}

/* The index of item in list (of *n), appended if it is not there yet:
 * index maps the item's address to its index + 1 (a script of 100,000
 * constants or names must not search them all each time). */
static uint32_t index_of(object ***list, size_t *n, size_t *cap, map *index, object *item)
{
    uint64_t *at = map_slot(index, (uint64_t)(uintptr_t)item, NULL), i = *at;
    if (i && i <= *n && (*list)[i - 1] == item)
        return (uint32_t)(i - 1);
    hv_grow(list, cap, *n + 1, sizeof **list, 16);
    (*list)[*n] = item;
    *at = ++*n;
    return (uint32_t)(*n - 1);
}

uint32_t build_const(builder *b, object *c)
{
    return index_of(&b->consts, &b->nconsts, &b->constcap, &b->constidx, c);
}

void build_load_const(builder *b, object *c)
{
    build_op(b, OP_LOAD_CONST, build_const(b, unit_const(b->u, c)));
}

void build_import(builder *b, unsigned op, uint32_t name, uint32_t level, uint32_t fromlist)
{
    hv_grow(&b->imports, &b->importcap, b->nimports + 1, sizeof *b->imports, 4);
    b->imports[b->nimports++] = (struct import_use){b->ncode, (level > fromlist ? level : fromlist) + 1};
    build_op(b, op, name);
}

void build_load_folded(builder *b, object **items, size_t n)
{
    hv_grow(&b->folds, &b->foldcap, b->nfolds + 1, sizeof *b->folds, 4);
    struct fold *f = &b->folds[b->nfolds++];
    f->at = b->ncode;
    f->n = n;
    f->items = hv_malloc((n ? n : 1) * sizeof *f->items);
    memcpy(f->items, items, n * sizeof *items);
    build_op(b, OP_LOAD_CONST, 0);          /* its index once folded */
}

/* Whether the n instructions before the next one are constant loads in
 * its basic block (no label placed among them or at it, one handler). */
static int loads_before(const builder *b, uint32_t n)
{
    size_t at = b->ncode;
    if (n > at || (n && label_at(b, at)))
        return 0;
    for (size_t i = at - n; i < at; i++)
        if (!loaded_const(b, i) || (i > at - n && label_at(b, i)) ||
            b->handler_of[i] != (b->nh ? b->hstack[b->nh - 1] : -1))
            return 0;
    return 1;
}

void build_tuple(builder *b, uint32_t n)
{
    if (!loads_before(b, n)) {
        build_op(b, OP_BUILD_TUPLE, n);
        return;
    }
    object **items = hv_malloc((n ? n : 1) * sizeof *items);
    for (uint32_t k = 0; k < n; k++) {
        size_t i = b->ncode - n + k;
        items[k] = loaded_const(b, i);
        nop_out(b, i);
    }
    build_load_folded(b, items, n);
    free(items);
}

uint32_t build_name(builder *b, object *interned)
{
    return index_of(&b->names, &b->nnames, &b->namecap, &b->nameidx, interned);
}

void build_push_handler(builder *b, uint32_t label, uint32_t depth, int lasti)
{
    hv_grow(&b->handlers, &b->handlercap, b->nhandlers + 1, sizeof *b->handlers, 8);
    b->handlers[b->nhandlers] = (handler){label, depth, (uint32_t)b->ncode, (uint8_t)lasti};
    hv_grow(&b->hstack, &b->hcap, b->nh + 1, sizeof *b->hstack, 8);
    b->hstack[b->nh++] = (int32_t)b->nhandlers++;
}

void build_pop_handler(builder *b)
{
    b->nh--;
}

/* ---- stack depth ------------------------------------------------------------ */

int op_stack_effect(unsigned op, uint32_t arg, int jump)
{
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_DELETE_NAME: case OP_DELETE_GLOBAL:
    case OP_DELETE_DEREF: case OP_MAKE_CELL: case OP_COPY_FREE_VARS: case OP_LOAD_ATTR:
    case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT: case OP_UNARY_NOT:
    case OP_LIST_TO_TUPLE: case OP_JUMP: case OP_GET_ITER: case OP_KW_NAMES:
    case OP_CHECK_EXC_MATCH: case OP_YIELD_VALUE: case OP_SETUP_ANNOTATIONS:
    case OP_GET_YIELD_FROM_ITER: case OP_JUMP_NO_INTERRUPT:
        return 0;
    case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_NAME:
    case OP_LOAD_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF: case OP_LOAD_METHOD:
    case OP_PUSH_EXC_INFO: case OP_LOAD_ASSERTION_ERROR: case OP_LOAD_BUILD_CLASS:
    case OP_IMPORT_NAME: case OP_IMPORT_NAME_FROM: case OP_IMPORT_NAME_REL: case OP_IMPORT_FROM:
    case OP_RETURN_GENERATOR: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
    case OP_GET_LEN: case OP_MATCH_SEQUENCE: case OP_MATCH_MAPPING: case OP_MATCH_KEYS:
        return 1;
    case OP_LOAD_GLOBAL:
        return 1 + (int)(arg & 1);
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_NAME: case OP_STORE_GLOBAL:
    case OP_STORE_DEREF: case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_COMPARE_OP:
    case OP_IS_OP: case OP_CONTAINS_OP: case OP_BINARY_SUBSCR: case OP_LIST_APPEND:
    case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE: case OP_DICT_MERGE:
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_RETURN_VALUE: case OP_POP_EXCEPT:
    case OP_PRINT_EXPR: case OP_IMPORT_STAR:
        return -1;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_MATCH_CLASS:
        return -2;
    case OP_STORE_SUBSCR:
        return -3;
    case OP_BUILD_SLICE: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
    case OP_BUILD_STRING:
        return 1 - (int)arg;
    case OP_BUILD_MAP:
        return 1 - 2 * (int)arg;
    case OP_BUILD_CONST_KEY_MAP:
        return -(int)arg;
    case OP_FORMAT_VALUE:
        return arg & 4 ? -1 : 0;
    case OP_UNPACK_SEQUENCE:
        return (int)arg - 1;
    case OP_UNPACK_EX:
        return (int)(arg & 0xff) + (int)(arg >> 8);
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_SEND:
        return jump ? -1 : 0;
    case OP_CALL:
        return -(int)arg - 1;
    case OP_CALL_FUNCTION_EX:
        return -2 - (int)(arg & 1);
    case OP_MAKE_FUNCTION:
        return -((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 4) != 0) - ((arg & 8) != 0);
    case OP_RAISE_VARARGS:
        return -(int)arg;
    case OP_RERAISE:
        return -1;
    default:
        return 0;
    }
}

static int ends_block(unsigned op)
{
    return op == OP_JUMP || op == OP_JUMP_NO_INTERRUPT || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS ||
           op == OP_RERAISE;
}

/* Queues instruction `at` with depth d unless it was reached before. */
static void visit(int32_t *depth, uint32_t *work, size_t *nwork, size_t ncode, size_t at, int d)
{
    if (at <= ncode && depth[at] < 0) {
        depth[at] = d;
        work[(*nwork)++] = (uint32_t)at;
    }
}

/* mark_reachable: a handler is an entry point once its SETUP_* is reached
 * (CPython follows the pseudo-instruction to its target): the instruction
 * after it, or one the handler protects, is reached.  So a try statement
 * in unreachable code (`if 0:`'s body) leaves its handlers unreachable
 * too, while `except E as e: return 'x'` keeps its name's cleanup handler
 * though nothing it protects stays (the return's NOP goes).  Queues the
 * handlers newly found live; whether there was one. */
static int live_handlers(const builder *b, int32_t *depth, uint8_t *live, uint32_t *work,
                         size_t *nwork)
{
    int any = 0;
    for (size_t i = 0; i < b->ncode; i++) {
        int32_t h = b->handler_of[i];
        if (h < 0 || depth[i] < 0 || live[h])
            continue;
        live[h] = 1;
        any = 1;
        const handler *hd = &b->handlers[h];
        visit(depth, work, nwork, b->ncode, b->labels[hd->label], (int)(hd->depth + 1 + hd->lasti));
    }
    for (size_t h = 0; h < b->nhandlers; h++) {
        const handler *hd = &b->handlers[h];
        if (live[h] || hd->setup >= b->ncode || depth[hd->setup] < 0)
            continue;
        live[h] = 1;
        any = 1;
        visit(depth, work, nwork, b->ncode, b->labels[hd->label], (int)(hd->depth + 1 + hd->lasti));
    }
    return any;
}

/* Depth-first over the instructions from each entry point; depth[i] is the
 * stack depth before instruction i (-1: not reached yet).  *reached gets the
 * depths (-1: unreachable code) for the caller to free. */
static uint32_t stack_depth(builder *b, int32_t **reached)
{
    int32_t *depth = hv_malloc((b->ncode + 1) * sizeof *depth);
    uint32_t *work = hv_malloc((b->ncode + b->nhandlers + 2) * 2 * sizeof *work);
    for (size_t i = 0; i <= b->ncode; i++)
        depth[i] = -1;
    size_t nwork = 0;
    int maxd = 0;
    uint8_t *live = hv_calloc(b->nhandlers + 1, 1);
    visit(depth, work, &nwork, b->ncode, 0, 0);
    while (nwork || live_handlers(b, depth, live, work, &nwork)) {
        uint32_t i = work[--nwork];
        int d = depth[i];
        for (; i < b->ncode; i++) {
            unsigned op = INSTR_OP(b->code[i]);
            uint32_t arg = INSTR_ARG(b->code[i]);
            if (d > maxd)
                maxd = d;
            if ((op == OP_IMPORT_NAME || op == OP_IMPORT_NAME_FROM || op == OP_IMPORT_NAME_REL) && d + 2 > maxd)
                maxd = d + 2;               /* CPython's level and fromlist, under the module */
            if (is_jump(op))
                visit(depth, work, &nwork, b->ncode, arg, d + op_stack_effect(op, arg, 1));
            if (ends_block(op))
                break;
            d += op_stack_effect(op, arg, 0);
            if (d > maxd)
                maxd = d;
            if (i + 1 < b->ncode && depth[i + 1] >= 0)
                break;
            if (i + 1 <= b->ncode)
                depth[i + 1] = d;
        }
    }
    *reached = depth;
    free(work);
    free(live);
    return (uint32_t)maxd;
}

/* ---- CPython's co_code length --------------------------------------------------
 * sys.getsizeof of a code object is 184 + 2 bytes per code unit of CPython's
 * co_code (rounded up to 8), and heapviz's instructions are CPython's nearly
 * one for one, so the units are counted from them: each instruction, its
 * inline caches (_PyOpcode_Caches), the PRECALL before each CALL, the RESUME
 * after the prologue and after each YIELD_VALUE (a generator's prologue is
 * RETURN_GENERATOR, POP_TOP), EXTENDED_ARG for arguments and jump distances
 * past 255.  Unreachable code is dropped and a NOP kept only when it is the
 * only instruction of its line, as the optimiser does.  An estimate where the
 * two compilers differ (CPython's jump threading, block ordering). */

static unsigned inline_caches(unsigned op)
{
    switch (op) {
    case OP_BINARY_SUBSCR: case OP_STORE_ATTR: case OP_LOAD_ATTR: return 4;
    case OP_STORE_SUBSCR: case OP_UNPACK_SEQUENCE: case OP_BINARY_OP: return 1;
    case OP_COMPARE_OP: return 2;
    case OP_LOAD_GLOBAL: return 5;
    case OP_LOAD_METHOD: return 10;
    case OP_CALL: return 4 + 2;                     /* and PRECALL with its cache */
    case OP_YIELD_VALUE: return 1;                  /* the RESUME after it */
    case OP_IMPORT_NAME: case OP_IMPORT_NAME_FROM:  /* the LOAD_CONSTs of level and fromlist before */
    case OP_IMPORT_NAME_REL:
        return 2;                                   /* it, in co_consts only here (compile.c) */
    default: return 0;
    }
}

static unsigned extended_args(uint32_t arg)
{
    return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
}

/* Whether a basic block starts after instruction p, at or before i. */
static int block_starts_within(const builder *b, size_t p, size_t i)
{
    for (size_t k = p + 1; k <= i; k++)
        if (label_at(b, k))
            return 1;
    return 0;
}

/* clean_basic_block: whether a NOP at i stays in co_code.  It goes when
 * the next instruction is on its line, or when an instruction kept before
 * it in its basic block is: of a run of NOPs alone on a line the last
 * stays. */
static int nop_stays(const builder *b, const int32_t *reached, size_t i)
{
    size_t n = i + 1;
    while (n < b->ncode && reached[n] < 0)
        n++;
    if (n < b->ncode && b->lines[n] == b->lines[i])
        return 0;
    for (size_t p = i; p > 0;) {
        if (reached[--p] < 0)
            continue;
        if (b->lines[p] != b->lines[i] || is_jump(INSTR_OP(b->code[p])))
            return 1;
        if (INSTR_OP(b->code[p]) != OP_NOP)
            return block_starts_within(b, p, i);
    }
    return 1;
}

/* Whether instruction i is in CPython's co_code (see above). */
static int kept(const builder *b, const int32_t *reached, size_t i)
{
    if (reached[i] < 0)
        return 0;
    return INSTR_OP(b->code[i]) != OP_NOP || nop_stays(b, reached, i);
}

/* Whether the body's implicit return (b->tail) is in the code and reached. */
static int tail_reached(const builder *b, const int32_t *reached)
{
    return b->tail && b->tail < b->ncode && reached[b->tail] >= 0;
}

/* Whether instruction i is a JUMP to the implicit return: extend_block
 * puts a copy of the return in its place (MAX_COPY_SIZE is 4). */
static int jump_to_tail(const builder *b, const int32_t *reached, size_t i)
{
    return b->tail && INSTR_OP(b->code[i]) == OP_JUMP && INSTR_ARG(b->code[i]) == b->tail &&
           kept(b, reached, i);
}

/* The ways into the implicit return besides the JUMPs extend_block copies
 * it over: conditional jumps and the fall-through.  With none, the return
 * where it was built is unreachable and goes; with more than one,
 * duplicate_exits_without_lineno gives each beyond the first a copy of its
 * own after it. */
static uint32_t tail_other_ways(const builder *b, const int32_t *reached)
{
    if (!tail_reached(b, reached))
        return 0;
    uint32_t ways = 0;
    for (size_t i = 0; i < b->ncode; i++)
        ways += is_jump(INSTR_OP(b->code[i])) && kept(b, reached, i) &&
                INSTR_ARG(b->code[i]) == b->tail && !jump_to_tail(b, reached, i);
    ways += reached[b->tail - 1] >= 0 && !ends_block(INSTR_OP(b->code[b->tail - 1]));  /* the fall-through */
    return ways;
}

/* A JUMP that is not in co_code: extend_block replaces one to the
 * implicit return by a copy of it (cpython_offsets counts the copy), and
 * remove_redundant_jumps drops one to the next instruction kept (a NOP
 * left for the line of a test folded into a JUMP, see fold_test, may stay). */
static int jump_dropped(const builder *b, const int32_t *reached, size_t i)
{
    uint32_t target = INSTR_ARG(b->code[i]);
    if (INSTR_OP(b->code[i]) != OP_JUMP)
        return 0;
    if (b->tail && target == b->tail)
        return 1;
    if (target <= i || target > b->ncode)
        return 0;
    for (size_t k = i + 1; k < target; k++)
        if (kept(b, reached, k))
            return 0;
    size_t p = i;                       /* a folded test's JUMP has a line: it is a NOP now */
    while (p > 0 && reached[p - 1] < 0)
        p--;
    if (p > 0 && INSTR_OP(b->code[p - 1]) == OP_NOP && b->lines[p - 1] == b->lines[i])
        return !nop_stays(b, reached, i);
    return 1;
}

/* in_co_code: instruction i is one assemble writes (reached, not a removed
 * NOP, not a jump to the next kept instruction). */
static int in_co_code(const builder *b, const int32_t *reached, size_t i)
{
    return kept(b, reached, i) && !jump_dropped(b, reached, i);
}

/* The code units of instruction i, one assemble writes, without a jump's
 * EXTENDED_ARGs. */
static uint32_t instr_units(const builder *b, size_t i)
{
    unsigned op = INSTR_OP(b->code[i]);
    return 1 + inline_caches(op) + (is_jump(op) ? 0 : extended_args(INSTR_ARG(b->code[i])));
}

/* Each instruction's offset in CPython's co_code, in code units after the
 * prologue (RESUME; RETURN_GENERATOR, POP_TOP before it in a generator),
 * without jump EXTENDED_ARGs; at[ncode] is the end.  A JUMP to the
 * implicit return holds extend_block's copy of it, and the return itself
 * is counted where it was built only when something else leads there
 * (tail_other_ways), so the handlers after a copy sit where CPython's
 * exception table finds them.  The caller frees it. */
static uint32_t *cpython_offsets(const builder *b, const int32_t *reached)
{
    uint32_t *at = hv_malloc((b->ncode + 1) * sizeof *at), units = 0, copy = 0;
    int stays = tail_other_ways(b, reached) > 0;
    for (size_t i = b->tail; tail_reached(b, reached) && i < b->ncode; i++)
        copy += in_co_code(b, reached, i) ? instr_units(b, i) : 0;
    for (size_t i = 0; i < b->ncode; i++) {
        at[i] = units;
        if (jump_to_tail(b, reached, i))
            units += copy;
        else if (in_co_code(b, reached, i) && (stays || !b->tail || i < b->tail))
            units += instr_units(b, i);
    }
    at[b->ncode] = units;
    return at;
}

static uint32_t prologue_units(uint32_t flags)
{
    return 1 + (flags & CO_GENERATOR ? 2 : 0);
}

static uint32_t cpython_units(const builder *b, const int32_t *reached, uint32_t flags)
{
    uint32_t *at = cpython_offsets(b, reached), units = at[b->ncode], total = 0;
    uint32_t others = tail_other_ways(b, reached);
    total = units + prologue_units(flags) + (others > 1 ? others - 1 : 0) * (units - at[b->tail]);
    for (size_t i = 0; i < b->ncode; i++) {
        uint32_t target = INSTR_ARG(b->code[i]);
        if (is_jump(INSTR_OP(b->code[i])) && in_co_code(b, reached, i) && target <= b->ncode)
            total += extended_args(at[target] > at[i] ? at[target] - at[i] - 1 : at[i] - at[target] + 1);
    }
    free(at);
    return total;
}

/* ---- the code object ------------------------------------------------------ */

static object *tuple_of(vm *v, object **items, size_t n)
{
    object *t = tuple_new(v, n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++)
        tuple_set(v, t, i, obj_incref(v, items[i]));
    return t;
}

/* The exception table: a row per run of instructions with one handler.
 * With reached, as assemble_exception_table writes co_exceptiontable: only
 * over the instructions of co_code, so a try statement in unreachable code
 * (`if 0:`'s body, removed by mark_reachable) leaves no row; without, over
 * every instruction (the table the evaluator unwinds by). */
static exc_entry *exception_table(builder *b, const int32_t *reached, uint32_t *nexc)
{
    exc_entry *tab = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < b->ncode;) {
        if (reached && !in_co_code(b, reached, i)) {
            i++;
            continue;
        }
        int32_t h = b->handler_of[i];
        size_t j = i + 1;
        while (j < b->ncode && (b->handler_of[j] == h || (reached && !in_co_code(b, reached, j))))
            j++;
        if (h >= 0) {
            hv_grow(&tab, &cap, n + 1, sizeof *tab, 8);
            const handler *hd = &b->handlers[h];
            tab[n++] = (exc_entry){(uint32_t)i, (uint32_t)j, b->labels[hd->label], hd->depth,
                                   hd->lasti};
        }
        i = j;
    }
    *nexc = (uint32_t)n;
    return tab;
}

/* merge_const_one: the unit's tuple equal to t (a new reference), t
 * dropped if there is one: assemble and makecode merge co_consts, co_names
 * and the local names as constants, so equal ones are one tuple across the
 * file (and with an equal constant tuple).  NULL stays NULL. */
static object *merged(unit *u, object *t)
{
    if (!t)
        return NULL;
    u->shallow = 1;
    return obj_incref(u->v, unit_const(u, t));
}

void unit_own_str(unit *u, object *c)
{
    map_put(&u->own, (uint64_t)(uintptr_t)c, 1);
}

static int owned(const unit *u, object *o)
{
    uint64_t one;
    return map_get(&u->own, (uint64_t)(uintptr_t)o, &one);
}

/* all_name_chars: only ASCII letters, digits and underscores. */
static int name_chars(object *s)
{
    for (size_t i = 0; i < STR(s)->nbytes; i++) {
        unsigned char ch = (unsigned char)STR(s)->data[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')))
            return 0;
    }
    return 1;
}

/* intern_string_constants on a frozenset of co_consts: PySequence_Tuple's
 * set iterator and tuple, then a third frozenset of that tuple when one of
 * its strs is not the interned object itself (the literal's object lost
 * to a string interned before it: a name of the script, a builtin's), else
 * NULL. */
static object *reinterned(unit *u, object *fs)
{
    vm *v = u->v;
    if (owned(u, fs))
        return NULL;
    object *it = obj_getiter(v, fs);
    object *t = it ? tuple_new(v, set_len(fs)) : NULL, *item;
    size_t pos = 0, i = 0;
    int modified = 0;
    while (t && set_next_entry(fs, &pos, &item, NULL)) {
        tuple_set(v, t, i++, obj_incref(v, item));
        modified |= obj_is(v, item, T_STR) && name_chars(item) && !owned(u, item);
    }
    obj_xdecref(v, it);
    object *remade = t && modified ? set_new_frozen(v, t) : NULL;
    obj_xdecref(v, t);
    if (v->exc)
        vm_exc_clear(v);
    if (remade)
        map_put(&u->own, (uint64_t)(uintptr_t)remade, 1);
    return remade;
}

/* _PyCode_New's intern_string_constants on co_consts or a constant tuple in
 * it, last to first: each name-like str interned in place (a literal
 * already is, by the compiler; a folded one such as 'q' + 'r' only here, so
 * sys.intern('qr') finds it, or it gives way to the str interned before
 * it), each tuple in turn, each frozenset remade when it must be
 * (reinterned: what that allocates). */
static void intern_constants(unit *u, object *consts)
{
    for (size_t i = TUPLE(consts)->n; i-- > 0;) {
        object *x = TUPLE(consts)->items[i], *y = NULL;
        if (obj_is(u->v, x, T_TUPLE)) {
            intern_constants(u, x);
        } else if (obj_is(u->v, x, T_FROZENSET)) {
            y = reinterned(u, x);
        } else if (obj_is(u->v, x, T_STR) && !STR(x)->interned && name_chars(x)) {
            y = str_intern(u->v, x);
            if (y == x) {
                unit_own_str(u, x);
                obj_decref(u->v, y);
                y = NULL;
            }
        }
        if (y) {
            TUPLE(consts)->items[i] = y;
            obj_give(u->v, y, consts->addr, i);
            obj_release(u->v, x, consts->addr, i);
        }
    }
}

/* fold_tuple_on_constants for each build_load_folded: the tuple made,
 * merged as merge_const_one does (not its items), found in or appended
 * to co_consts, and loaded.  0, or -1 on MemoryError. */
static int fold_tuples(builder *b)
{
    for (size_t k = 0; k < b->nfolds; k++) {
        struct fold *f = &b->folds[k];
        object *t = merged(b->u, tuple_of(b->u->v, f->items, f->n));
        if (!t)
            return -1;
        b->code[f->at] = INSTR(OP_LOAD_CONST, build_const(b, t)) | (b->code[f->at] & INSTR_STMT);
        obj_decref(b->u->v, t);             /* the unit keeps it */
    }
    return 0;
}

/* trim_unused_consts: co_consts ends at the last constant a kept LOAD_CONST
 * or KW_NAMES uses, or a kept import loads (build_import; the first, maybe
 * a docstring, always stays), so a body's unreachable `return None` leaves
 * no None behind unless an import statement uses it. */
static size_t used_consts(const builder *b, const int32_t *reached)
{
    size_t n = b->nconsts ? 1 : 0;
    for (size_t i = 0; i < b->ncode; i++) {
        unsigned op = INSTR_OP(b->code[i]);
        size_t end = (op == OP_LOAD_CONST || op == OP_KW_NAMES) && kept(b, reached, i) ? INSTR_ARG(b->code[i]) + 1 : 0;
        n = end > n ? end : n;
    }
    for (size_t k = 0; k < b->nimports; k++)
        if (kept(b, reached, b->imports[k].at) && b->imports[k].end > n)
            n = b->imports[k].end;
    return n;
}

/* What assemble merges as bytes constants, hashed: co_exceptiontable
 * (its entries), then over the instructions co_code keeps (not a body's
 * unreachable tail, so `lambda x: x` has the co_code of `def f(x): return
 * x`): co_linetable (lines relative to the first, columns with end line
 * and end column; line 0, the prologue's MAKE_CELL / COPY_FREE_VARS, is
 * "no location", the same in every unit), co_code (the instructions,
 * jumps to their targets' offsets in co_code, so unreachable code dropped
 * between a jump and its target changes nothing). */
/* A located instruction: its line (0: none) and columns as build_at packs them. */
typedef struct where {
    uint32_t line;
    uint64_t col;
} where;

/* Where CPython 3.11 locates the implicit return ending a body (built
 * with no line number, UNSET_LOC): clean_basic_block drops a NOP just
 * before it on the line of the instruction before the NOP in its block,
 * else hands the NOP's location on to it; propagate_line_numbers then
 * gives it the location of the instruction before it, RESUME's (the
 * first line, columns 0-0; line 0 in a module) when there is none.  A
 * tail reached only by jumps keeps the location it was built with
 * (duplicate_exits_without_lineno's copies are not modelled). */
static where tail_location(const builder *b, const int32_t *reached, const code_shape *s)
{
    where built = {b->lines[b->tail], b->cols[b->tail]};
    where resume = {s->module ? 0 : s->firstlineno, 0};
    size_t q = b->tail;
    while (q > 0 && reached[q - 1] < 0)
        q--;
    if (q == 0 || !b->lines[--q])
        return resume;                      /* nothing but the prologue before it */
    if (kept(b, reached, q))
        return !ends_block(INSTR_OP(b->code[q])) ? (where){b->lines[q], b->cols[q]} : built;
    size_t p = q;                           /* q is a NOP dropped: the kept one before it */
    while (p > 0 && (reached[p - 1] < 0 || !kept(b, reached, p - 1)))
        p--;
    where before = p > 0 && b->lines[p - 1] ? (where){b->lines[p - 1], b->cols[p - 1]} : resume;
    if ((p > 0 && block_starts_within(b, p - 1, q)) || (p == 0 && (label_at(b, 0) || block_starts_within(b, 0, q))))
        before.line = UINT32_MAX;           /* another block: no line to compare with */
    return before.line == b->lines[q] ? before : (where){b->lines[q], b->cols[q]};
}

static void bytes_hashes(const builder *b, const int32_t *reached, const code_shape *s,
                         const exc_entry *exc, uint32_t nexc, uint64_t out[3])
{
    uint64_t h[3] = {1, 2, 3};
    uint32_t *at = cpython_offsets(b, reached), base = prologue_units(s->flags);
    for (uint32_t i = 0; i < nexc; i++)     /* as CPython writes it: start, size, target in code units */
        h[0] = mix(mix(mix(h[0], base + at[exc[i].start]),
                       mix(at[exc[i].end] - at[exc[i].start], base + at[exc[i].target])),
                   mix(exc[i].depth, exc[i].lasti));
    int has_tail = tail_reached(b, reached);
    where tail = has_tail ? tail_location(b, reached, s) : (where){0, 0};
    for (size_t i = 0; i < b->ncode; i++) {
        if (!in_co_code(b, reached, i))
            continue;                       /* not in co_code: a body's unreachable tail */
        where w = has_tail && i >= b->tail ? tail : (where){b->lines[i], b->cols[i]};
        uint64_t line = w.line ? (uint64_t)w.line - s->firstlineno : UINT64_MAX;
        h[1] = mix(h[1], mix(line, w.col));
        uint64_t word = b->code[i] & ~INSTR_STMT;
        if (is_jump(INSTR_OP(b->code[i])))
            word = INSTR_OP(b->code[i]) | (uint64_t)at[INSTR_ARG(b->code[i])] << 8;
        h[2] = mix(h[2], word);
    }
    free(at);
    memcpy(out, h, sizeof h);
}

object *build_code(builder *b, const code_shape *s)
{
    vm *v = b->u->v;
    for (size_t i = 0; i < b->ncode; i++)
        if (is_jump(INSTR_OP(b->code[i])))
            b->code[i] = (b->code[i] & 0xffu) | (b->labels[INSTR_ARG(b->code[i])] << 8);
    int32_t *reached;
    uint32_t stacksize = stack_depth(b, &reached);
    uint32_t units = cpython_units(b, reached, s->flags);
    object *clist = b->u->mem ? compmem_assemble(b->u->mem) : NULL;   /* assemble's consts list */
    int folded = fold_tuples(b) == 0;
    b->nconsts = used_consts(b, reached);
    uint32_t nexc;
    exc_entry *exc = exception_table(b, reached, &nexc);
    /* an empty co_exceptiontable is b'', merged as a constant: the file's
     * first b'' in the cache, maybe one the optimizer folded (`b'ab' * 0`) */
    object *exctable = nexc ? NULL : merged(b->u, obj_incref(v, v->empty_bytes));
    if (b->u->mem) {
        uint64_t h[3];
        bytes_hashes(b, reached, s, exc, nexc, h);
        compmem_assemble_bytes(b->u->mem, h, nexc == 0);
    }
    free(exc);
    free(reached);
    /* makecode's order: co_names merged before co_consts */
    object *names = folded ? merged(b->u, tuple_of(v, b->names, b->nnames)) : NULL;
    object *consts = names ? merged(b->u, tuple_of(v, b->consts, b->nconsts)) : NULL;
    /* announced once co_code's length (its sys.getsizeof) is set */
    object *lpn = consts ? merged(b->u, tuple_of(v, s->localsplusnames, s->nlocalsplus)) : NULL;
    for (uint32_t i = 0; i < s->nlocalsplus; i++)
        obj_decref(v, s->localsplusnames[i]);
    free(s->localsplusnames);
    if (lpn)
        intern_constants(b->u, consts);
    object *o = lpn ? obj_new_unzeroed(v, v->types[T_CODE], code_size(units), 0) : NULL;
    if (!o) {
        obj_xdecref(v, consts);
        obj_xdecref(v, names);
        obj_xdecref(v, lpn);
        obj_xdecref(v, clist);
        obj_xdecref(v, exctable);
        free(s->kinds);
        return NULL;
    }
    codeobj *c = CODE(o);
    c->ncode = (uint32_t)b->ncode;
    c->units = units;
    c->warm = 0;
    c->adapt = NULL;
    obj_announce(v, o);
    c->code = hv_malloc((b->ncode ? b->ncode : 1) * sizeof *c->code);
    c->lines = hv_malloc((b->ncode ? b->ncode : 1) * sizeof *c->lines);
    c->cols = hv_malloc((b->ncode ? b->ncode : 1) * sizeof *c->cols);
    memcpy(c->code, b->code, b->ncode * sizeof *c->code);
    memcpy(c->lines, b->lines, b->ncode * sizeof *c->lines);
    for (size_t i = 0; i < b->ncode; i++)
        c->cols[i] = (uint32_t)b->cols[i];      /* what tracebacks show */
    c->exctab = exception_table(b, NULL, &c->nexc);
    c->exctable = exctable;
    if (exctable)
        obj_give(v, exctable, o->addr, 6);
    c->consts = consts;
    obj_give(v, consts, o->addr, 0);
    c->names = names;
    obj_give(v, names, o->addr, 1);
    c->localsplusnames = lpn;
    obj_give(v, lpn, o->addr, 2);
    c->localspluskinds = s->kinds;
    c->nlocalsplus = (uint32_t)TUPLE(lpn)->n;
    if (!c->nlocalsplus)                    /* co_localspluskinds: b'' too */
        obj_incref(v, v->empty_bytes);
    c->nlocals = s->nlocals;
    c->argcount = s->argcount;
    c->kwonlyargcount = s->kwonlyargcount;
    c->flags = s->flags;
    c->firstlineno = s->firstlineno;
    c->stacksize = stacksize;               /* CPython's co_stacksize: generators are sized by it */
    c->name = obj_hold(v, s->name, o->addr, 3);
    c->qualname = obj_hold(v, s->qualname, o->addr, 4);
    c->filename = obj_hold(v, b->u->filename, o->addr, 5);
    obj_xdecref(v, clist);
    return o;
}
