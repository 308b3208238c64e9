# __base__, __bases__ and __mro__ of classes (and the tuples' idннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннннe, C.__base__, A.__base__, object.__base__)
print(A.__mro__)
print(C.__mro__)
print(B.__mro__ is B.__mro__, C.__bases__ is C.__bases__, len(C.4__mro__))
print(sys.getrefcounis B.__mro__, C.__bases__ is C.__bases__, len(C.4__mro__))
print(sys.getrefcount(C.__mro__), sys.getrefcount(C.__bases__))
print(int.__base__, bool.__base__, KeyError.__base__, type.__base_# __slots__ with inheritance: a subclass without __slots__ gets a __dict__
class Base:
    __slots__ = ("a",)
class Sub(Base):
    pass
class SlotSubt AttributeError as e:
    print("AttributeError:", e)
print(isinstance(t, Base), type
   (t).__name print(e__)x
)
