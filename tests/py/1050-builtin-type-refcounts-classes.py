# Built-in types have real reference counts in CPython 3.11; a class statement
# adds references to its bases (tp_base, __bases__, __mro__) and to every type
# of its mro, and a collected class gives them back.  Instances add none.
import sys
import gc

r = sys.getrefcount
print("start:", r(object), r(type), r(int), r(str), r(list), r(dict), r(tuple))
nums = [i * 1000 for i in range(50)]
words = [str(i) for i in range(50)]
print("after instances:", r(object), r(int), r(str), r(list))


class Animal:
    sound = "..."


print("after Animal:", r(object), r(type), r(Animal))


class Dog(Animal):
    def speak(self):
        return "woof"


print("after Dog:", r(object), r(Animal), r(Dog))


class AppError(Exception):
    pass


class NotFound(AppError):
    pass


print("exceptions:", r(Exception), r(BaseException), r(LookupError), r(AppError))
print("object:", r(object))
pets = [Dog() for i in range(4)]
print("with 4 dogs:", r(Dog), r(Animal), r(object))
del pets
del Dog
gc.collect()
print("after del Dog:", r(object), r(Animal))
del NotFound
gc.collect()
print("after del NotFound:", r(AppError), r(LookupError), r(Exception), r(object))
print("bool/float/complex:", r(bool), r(float), r(complex), r(bytes), r(set), r(frozenset))
print("range/slice/property:", r(range), r(slice), r(property), r(staticmethod), r(classmethod), r(super))
