# The start-up objects sys and gc hold besides their functions: sys.stdout
# and sys.stderr (held by sys's dict twice, as __stdout__ and __stderr__
# too, and by its copy) and gc.garbage count python3's references, also
# when a from-import binds them, and after `import tracemalloc`.
import sys, gc
r = sys.getrefcount
print(r(gc.garbage), r(sys.stdout), r(sys.stderr), r(sys.__stdout__))
from gc import garbage
from sys import stdout, stderr as err, getrefcount
print(garbage is gc.garbage, stdout is sys.stdout, err is sys.stderr, getrefcount is r)
print(r(garbage), r(stdout), r(err))
stdout.write('written\n')
import tracemalloc
print(r(garbage), r(stdout), r(err))
del garbage, stdout, err
print(r(gc.garbage), r(sys.stdout), r(sys.stderr))
