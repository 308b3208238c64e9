# The collector's state at a script's first statement (issue 4): the
# counts python3's start-up and the compilation left, with no
# gc.collect() first.
import gc
print(gc.get_count())
print(gc.get_count())
print(gc.isenabled(), gc.get_threshold())
