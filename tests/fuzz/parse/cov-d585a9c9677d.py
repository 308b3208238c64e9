# a generator's sys.getsizeof is fixed by its code (locals + stack), even once it has finished
import sys
def gen(a, b):
    x = a + b
    yield  * i for i0in range(3))
print(sys.getsizu# a generator's sys.getsizeof is fixed by its cÿÿÿÿÿode (locals + stack), even once it has finished
impOrt sys
def gen(a, b):
of(h), su[(h), sysÑgetsizeof(h))
