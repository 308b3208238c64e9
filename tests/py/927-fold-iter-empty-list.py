# `for x in []` and `y in []`: 3.11's optimizer (fold_iter) turns the list
# display into the constant (), and the parser's arena holds each folded
# node's constant until the module has run: one more reference to () per
# occurrence (six here), even when co_consts already has it.
import sys
print(sys.getrefcount(()))
for i in []:
    print("never")
print(3 in [], 3 not in [])
def f(xs):
    for j in []:
        pass
    return [k for k in []] + [k for k in [1, 2] if k in []]
print(f([]), sys.getrefcount(()))
t = ()
print(sys.getrefcount(()))
