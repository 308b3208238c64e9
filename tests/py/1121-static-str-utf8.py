# A one-character str is a static singleton: PyUnicode_AsUTF8's cache of 'é'
# (float.fromhex reads it) is a block the static str owns, and getsizeof
# counts it; recording it must not resize an object the model does not hold.
import sys
print(sys.getsizeof('é'))
try:
    float.fromhex('é')
except ValueError as e:
    print(e)
print(sys.getsizeof('é'))
