/*
 * complex.h — complex numbers as CPython 3.11's complexobject.c computes
 * and prints them (complex.c).
 */
#ifndef HV_COMPLEX_H
#define HV_COMPLEX_H

#include "vm.h"

typedef struct complexobj {
    object ob;
    double real, imag;      /* Py_complex cval */
} complexobj;

#define COMPLEX(o) ((complexobj *)(o))

/* A new complex (32 bytes, no free list, not a GC type); NULL on
 * MemoryError. */
object *complex_new(vm *v, double real, double imag);
/* a ** b for floats a < 0, b not integral: what float_pow hands over to
 * complex_pow (a + 0j) ** (b + 0j). */
object *complex_pow_real(vm *v, double a, double b);

#endif
