# Classes nested in a class and in a function, their methods using
# super(): cells in class bodies at every depth, free variables passed
# down through the closures.
import gc
print(gc.get_count())
class Outer:
    class Inner:
        def name(self):
            return 'inner'
    class Sub(Inner):
        def name(self):
            return super().name() + '/sub'
    def make(self):
        class Local(Outer.Sub):
            def name(self):
                return super().name() + '/local'
        return Local()
def factory():
    class Base:
        def f(self):
            return 1
    class Derived(Base):
        def f(self):
            return super().f() + 1
    return Derived
print(Outer().make().name(), factory()().f())
print(gc.get_count())
objs = [factory() for i in range(50)]
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
