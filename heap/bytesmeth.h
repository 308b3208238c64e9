/*
 * bytesmeth.h — the methods bytes and bytearray share (CPython's
 * bytes_methods.c and stringlib, compiled once per type there; one C
 * function here, bytes.c's bytes_m_NAME, reading either through a
 * bytes-like view and making its result as self's type).
 *
 * BYTES_SHARED_METHODS(X) lists them as X(name, METH_* flags), in the
 * order of bytes.c's M_* values: bytes.c and bytearray.c expand it into
 * their method tables (each with its own type's qualified names, which
 * word the argument errors) and types.h into the prototypes.
 */
#ifndef HV_BYTESMETH_H
#define HV_BYTESMETH_H

#define BYTES_SHARED_METHODS(X) \
    X(decode, METH_CLINIC_KW) \
    X(hex, METH_CLINIC_KW) \
    X(upper, METH_NOARGS) \
    X(lower, METH_NOARGS) \
    X(replace, METH_CLINIC) \
    X(split, METH_CLINIC_KW) \
    X(join, METH_O) \
    X(find, METH_VARARGS | METH_PARSE) \
    X(rfind, METH_VARARGS | METH_PARSE) \
    X(index, METH_VARARGS | METH_PARSE) \
    X(count, METH_VARARGS | METH_PARSE) \
    X(startswith, METH_VARARGS | METH_PARSE) \
    X(endswith, METH_VARARGS | METH_PARSE) \
    X(strip, METH_CLINIC) \
    X(lstrip, METH_CLINIC) \
    X(rstrip, METH_CLINIC) \
    X(isdigit, METH_NOARGS) \
    X(isalpha, METH_NOARGS) \
    X(isspace, METH_NOARGS) \
    X(isupper, METH_NOARGS) \
    X(islower, METH_NOARGS) \
    X(isalnum, METH_NOARGS) \
    X(isascii, METH_NOARGS) \
    X(istitle, METH_NOARGS) \
    X(title, METH_NOARGS) \
    X(swapcase, METH_NOARGS) \
    X(capitalize, METH_NOARGS) \
    X(partition, METH_O) \
    X(rpartition, METH_O) \
    X(center, METH_CLINIC) \
    X(ljust, METH_CLINIC) \
    X(rjust, METH_CLINIC) \
    X(zfill, METH_O) \
    X(expandtabs, METH_CLINIC_KW) \
    X(splitlines, METH_CLINIC_KW) \
    X(rsplit, METH_CLINIC_KW) \
    X(rindex, METH_VARARGS | METH_PARSE) \
    X(removeprefix, METH_O) \
    X(removesuffix, METH_O) \
    X(fromhex, METH_CLASS | METH_O) \
    X(maketrans, METH_STATIC | METH_CLINIC)

/* One method table row of a shared method for the type named T. */
#define BYTES_SHARED_ROW(T, name, flags) {#name, bytes_m_##name, flags, T "." #name},

#endif
