# Constant defaults of several kinds (ints, str, float, a tuple) next to
# non-constant ones, in defs and lambdas: the folded tuples are appended
# to the enclosing code's constants when it is assembled.
import gc
print(gc.get_count())
base = 3
def pad(s, width=10, fill=' '):
    return s + fill * (width - len(s))
scale = lambda v, k=2.5, shift=(1, 2): v * k + shift[0]
def mixed(a, b=base, c=(None, 'x')):
    return a, b, c
def same_defaults(width=10, fill=' '):
    return width
print(pad('ab'), scale(2), mixed(1), same_defaults())
print(pad.__defaults__, scale.__defaults__, mixed.__defaults__)
print(pad.__defaults__ == same_defaults.__defaults__)
print(gc.get_count())
