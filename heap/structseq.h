/*
 * structseq.h — sys's struct sequences (Objects/structseq.c): tuples of a
 * type of their own whose fields also have names, `sys.version_info`,
 * `sys.float_info`, `sys.int_info`, `sys.hash_info`, `sys.thread_info`,
 * `sys.flags`,
 * and sys's simple values beside them (`sys.version`, `sys.hexversion`,
 * `sys.platform`), all python3's start-up objects (heap/structseq.py).
 */
#ifndef HV_STRUCTSEQ_H
#define HV_STRUCTSEQ_H

#include "vm.h"

struct moduleobj;

/* Gives each struct sequence type (T_SYS_VERSION_INFO ...) its fields
 * (member defs, before attr_init makes their descriptors), repr and
 * constructor.  Cannot fail. */
void structseq_init_types(vm *v);

/* Makes the instances and values sys holds from start-up and adds them to
 * sys (module_add: not the module's to free, structseq_fini frees them
 * with what they hold).  Before the program; cannot fail. */
void structseq_init(vm *v, struct moduleobj *sys);

/* Sets sys.flags' values as python3's initconfig.c reads them: env(name)
 * is the host's variable NAME or NULL (env NULL: an empty environment),
 * utf8_mode python3's UTF-8 mode (textio_stdio_policy's TEXTIO_UTF8_MODE),
 * inspect 1 when run as `python3 -i` (inspect and interactive).  After
 * structseq_init, before the program runs (no events: the values are
 * start-up objects). */
void structseq_set_flags(vm *v, const char *(*env)(const char *), int utf8_mode, int inspect);

/* Frees the instances and their fields' objects (the vm's end, with
 * sys). */
void structseq_fini(vm *v);

/* Frees the types' member tables, once attr_fini has freed their
 * descriptors. */
void structseq_fini_types(vm *v);

#endif
