# An assignment expression's target in a comprehension is looked up as
# written (not mangled) among the comprehension's iteration variables:
# in a class, __x := ... for __x in ... runs; a parenthesized slice bound
# may be one.
class C:
    def f(self):
        return [__x := 1 for __x in range(3)]
print(C().f())
a = [1, 2, 3]
print(a[(x := 0):2], x)
