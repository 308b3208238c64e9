# Strings in a frozenset constant: when the code object is made, CPython
# interns its strings through a tuple; a string spelled like a name the
# script already uses (or a builtin's) is a second object, so the
# frozenset is made a third time.  A fresh word is interned as itself.
import gc
print(gc.get_count())
colour = 'red'
def known(w):
    return w in {'colour', 'len', 'print'}
def fresh(w):
    return w in {'zebra', 'quokka'}
def spaced(w):
    return w in {'a b', 'c d'}
print(known('len'), fresh('zebra'), spaced('a b'))
print(gc.get_count())
