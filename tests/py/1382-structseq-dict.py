# A struct sequence's constructor: the second argument must be a dict
# (TypeError after the sequence was made), and a dict is ignored when
# the type has no hidden fields.
import sys
t = type(sys.float_info)
try:
    t(tuple(sys.float_info), None)
except TypeError as e:
    print(e)
try:
    t(5, None)
except TypeError as e:
    print(e)
f = t(list(sys.float_info), {'max': 1, 'junk': 2})
print(f == sys.float_info, f.max == sys.float_info.max)
