/*
 * vmnames.h — the names a viewer needs and the event stream does not carry:
 * a type object's name, the text of an interned string (dict keys, global
 * and attribute names), a code object's name and the names of its local
 * slots (a frame's references are labelled by slot index); and the value of
 * each static object as repr() shows it ("5", "None", "'h'", "()",
 * "<class 'int'>"): they live outside the simulated heap, so no event ever
 * describes them, yet containers and names refer to them all the time.
 *
 * Events name objects by address only; a viewer keeps these texts in its
 * own table (ui/names.h) and a recorder stores them with the session.
 * Only what is alive when vmnames_each() runs is reported, so callers ask
 * after each step they show (a type freed earlier keeps the name it was
 * given then).
 */
#ifndef HV_VMNAMES_H
#define HV_VMNAMES_H

#include <stdint.h>

struct vm;

#define VMNAMES_SELF UINT32_MAX     /* `slot` of an object's own name */
#define VMNAMES_VALUE (UINT32_MAX - 1) /* `slot` of a static object's repr() */

/* Called once per name: the object at addr is called text (slot ==
 * VMNAMES_SELF), or its local slot `slot` is (code objects).  text is
 * valid only during the call. */
typedef void (*vmnames_fn)(void *ud, uint64_t addr, uint32_t slot, const char *text);

/* Reports the builtin types, every heap type, every interned string, and
 * every code object reachable from a function, generator or code constant
 * the collector tracks.  Reads only; costs O(tracked objects + interned
 * strings).  Cannot fail. */
void vmnames_each(struct vm *v, vmnames_fn fn, void *ud);

/* The same, but the builtin types only the first time (*seen ==
 * VMNAMES_ALL: they are static and cannot be renamed), and the interned
 * strings only when a str joined or left the interned table since *seen
 * was set (their texts never change while they live, so a caller that
 * keeps what it was told earlier learns nothing new from them otherwise);
 * sets *seen for the next call.  Start *seen at VMNAMES_ALL.  A recorder asks after every statement that made
 * a function or class, and the table holds thousands of strs.  Likewise
 * the tracked objects: from the second call (*seen != VMNAMES_ALL on
 * entry) only those no call reported before; a tracked object's names
 * are fixed when it is made, and each is marked (GCF_NAMED, object.h)
 * when reported, so one caller per vm may use this. */
#define VMNAMES_ALL UINT64_MAX
void vmnames_each_since(struct vm *v, uint64_t *seen, vmnames_fn fn, void *ud);

/* Reports (slot VMNAMES_VALUE) the repr of every static object a program
 * can hold: None, True, False, NotImplemented, Ellipsis, the small ints
 * -5..256, the empty str, tuple and bytes, the one-character strs and
 * one-byte bytes, the static interned strs, the builtin types and
 * functions (modules and the interpreter's own statics have none).  They
 * never change, so once per vm is enough.  Reads only; cannot fail. */
void vmnames_values(struct vm *v, vmnames_fn fn, void *ud);

#endif
