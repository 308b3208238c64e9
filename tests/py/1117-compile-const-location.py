# A constant is located where it stands (compiler_visit_expr's SET_LOC
# covers a Constant too), so a lambda returning a constant has a
# co_linetable of its own, not that of `def f(): pass`, and lambdas
# whose constants stand in other columns differ: merge_const_one keeps a
# key for each distinct linetable.  The gen-0 count at the first
# statement shows them.
def f(): pass
g = lambda: None
h0 = lambda: 0
h1 = lambda: 0
h10 = lambda: 0
k = lambda: (1 +
             2)
import gc
print(gc.get_count())
