# The long-lived 25 % rule with the interpreter's objects counted: the
# first full collection happens as soon as gen 2's count passes its
# threshold (nothing long-lived yet), after it only when the survivors
# pending reach a quarter of what lived through it.
import gc
keep = []
marks = []
for i in range(30000):
    a = []
    a.append(a)
    if i % 3 == 0:
        keep.append([i])
    if i % 1000 == 0:
        marks.append(gc.get_count())
print(marks)
print(gc.get_count())
print(gc.collect())
