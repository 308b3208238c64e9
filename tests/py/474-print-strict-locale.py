# A locale that is neither C, POSIX nor a coercion target (glibc accepts
# C.UTF8 for C.utf8, but python3 compares the name): outside UTF-8 mode
# sys.stdout's errors handler is 'strict' (config_get_stdio_errors).
#% locale C.UTF8
import tracemalloc
print('é ok')
tracemalloc.start()
try:
    print('a\udc80b' * 200)
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(tracemalloc.get_traced_memory())
e = None
print('before')
print('x\udcff')
print('not reached')
