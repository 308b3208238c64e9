# A def or class whose name its enclosing function declares `global` is
# qualified by its bare name (compiler_set_qualname's force_global), also
# when the name is private and mangled in a class; methods of a global
# class are qualified under it.
def outer():
    global g, K
    def g():
        return 1
    class K:
        def m(self):
            pass
        def inner(self):
            def n():
                pass
            return n
    def local():
        pass
    return local
print(outer().__qualname__, g.__qualname__, K.__qualname__, K.m.__qualname__, K().inner().__qualname__)
class D:
    def make(self):
        global __h
        def __h():
            pass
        return __h
print(D().make().__qualname__)
print(repr(g).split(' at ')[0], repr(K))
