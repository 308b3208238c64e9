# The attribute names of the static types CPython readies at start-up are interned before a
# program runs, each held by its type's dict and by its descriptor: hamt's 'delete' (bytes.translate's
# keyword, whose parser adds its own reference at the first keyword call), FileIO's 'closefd', the io
# types' 'flush', code's 'co_code', frame's 'f_back'.
import sys
for name in ('delete', 'closefd', 'flush', 'co_code', 'f_back', '__del__', 'detach'):
    s = ''.join(list(name))
    print(name, sys.intern(s) is s, sys.getrefcount(sys.intern(s)))
print(sys.getrefcount('delete'))
print(b'ab'.translate(None, b'a'), sys.getrefcount('delete'))
print(b'ab'.translate(None, delete=b'a'), sys.getrefcount('delete'))
