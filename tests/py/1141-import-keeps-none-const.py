# A module that ends in `raise`: the implicit `return None` after it is
# unreachable and goes, but `import gc` loads None as its fromlist, so
# trim_unused_consts keeps co_consts (0, None) and the compile makes the
# keys python3's does (generation 0's count at the first statement).
import gc
print(gc.get_count())
raise SystemExit
