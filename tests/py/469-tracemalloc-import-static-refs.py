# `import tracemalloc` loads some thirty modules (pickle, re, enum,
# collections, functools, tokenize...): their code objects' constants,
# their classes' defaults and their caches hold references to the small
# ints, True, False, the empty str and tuple and the one-character strs,
# which sys.getrefcount counts.  (None's count is left out: under python3
# it moves from run to run after this import.)
import sys
import tracemalloc
r = sys.getrefcount
print([r(i) - 1000000000 for i in (-5, -1, 0, 1, 2, 3, 10, 100, 255, 256)])
print(r(True), r(False), r('') - 1000000000, r(()) - 1000000000)
print([r(c) - 1000000000 for c in ' \n%.:_aex'])
