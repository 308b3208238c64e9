# `import gc` while tracing: what the import keeps is filed under the
# frames of <frozen importlib._bootstrap> (and setuptools' _distutils_hack
# finder) that allocate it, and python3's peak counts the module lock's
# objects (_ModuleLockManager, _ModuleLock, its thread locks, weakref and
# callback), freed once the import is done.
import tracemalloc
tracemalloc.start(8)
import gc
print(tracemalloc.get_traced_memory())
snap = tracemalloc.take_snapshot()
for st in snap.statistics('lineno'):
    print(st.traceback[0].filename.rsplit('/', 2)[-1], st.traceback[0].lineno, st.size, st.count)
for st in snap.statistics('traceback'):
    print(st.size, st.count, st.traceback.total_nframe,
          [(f.filename.rsplit('/', 2)[-1], f.lineno) for f in st.traceback][1:])
