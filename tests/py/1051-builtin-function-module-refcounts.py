# Builtin functions and modules are referenced by CPython's own objects
# (the builtins dict and its copy, sys.modules, the interpreter state), so
# their counts start well above 2; the program's own references add to them.
import sys
import gc

r = sys.getrefcount
print("len print sorted:", r(len), r(print), r(sorted), r(isinstance), r(getattr), r(repr))
print("modules:", r(sys), r(gc))
print("sys functions:", r(sys.getsizeof), r(sys.getrefcount), r(sys.intern))
print("gc functions:", r(gc.collect), r(gc.get_count), r(gc.is_tracked))
getsizeof = sys.getsizeof
print("after assignment:", r(getsizeof), r(sys.getsizeof))
table = {"n": len, "p": print, "s": sys, "g": gc}
print("held by a dict:", r(len), r(print), r(sys), r(gc))
funcs = [len] * 10
print("len in a list 10 times:", r(len))
del funcs, table
print("after del:", r(len), r(print), r(sys), r(gc))
alias = gc
print("gc alias:", r(gc), alias is gc)
