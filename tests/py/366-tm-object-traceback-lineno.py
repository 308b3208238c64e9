# get_object_traceback: line numbers past the small ints (traceback_to_pyobject
# makes a new int for each), format(), and tracebacks of tracemalloc's own objects
import gc
import tracemalloc
# padding line 1: keeps the code below past line 256
# padding line 2: keeps the code below past line 256
# padding line 3: keeps the code below past line 256
# padding line 4: keeps the code below past line 256
# padding line 5: keeps the code below past line 256
# padding line 6: keeps the code below past line 256
# padding line 7: keeps the code below past line 256
# padding line 8: keeps the code below past line 256
# padding line 9: keeps the code below past line 256
# padding line 10: keeps the code below past line 256
# padding line 11: keeps the code below past line 256
# padding line 12: keeps the code below past line 256
# padding line 13: keeps the code below past line 256
# padding line 14: keeps the code below past line 256
# padding line 15: keeps the code below past line 256
# padding line 16: keeps the code below past line 256
# padding line 17: keeps the code below past line 256
# padding line 18: keeps the code below past line 256
# padding line 19: keeps the code below past line 256
# padding line 20: keeps the code below past line 256
# padding line 21: keeps the code below past line 256
# padding line 22: keeps the code below past line 256
# padding line 23: keeps the code below past line 256
# padding line 24: keeps the code below past line 256
# padding line 25: keeps the code below past line 256
# padding line 26: keeps the code below past line 256
# padding line 27: keeps the code below past line 256
# padding line 28: keeps the code below past line 256
# padding line 29: keeps the code below past line 256
# padding line 30: keeps the code below past line 256
# padding line 31: keeps the code below past line 256
# padding line 32: keeps the code below past line 256
# padding line 33: keeps the code below past line 256
# padding line 34: keeps the code below past line 256
# padding line 35: keeps the code below past line 256
# padding line 36: keeps the code below past line 256
# padding line 37: keeps the code below past line 256
# padding line 38: keeps the code below past line 256
# padding line 39: keeps the code below past line 256
# padding line 40: keeps the code below past line 256
# padding line 41: keeps the code below past line 256
# padding line 42: keeps the code below past line 256
# padding line 43: keeps the code below past line 256
# padding line 44: keeps the code below past line 256
# padding line 45: keeps the code below past line 256
# padding line 46: keeps the code below past line 256
# padding line 47: keeps the code below past line 256
# padding line 48: keeps the code below past line 256
# padding line 49: keeps the code below past line 256
# padding line 50: keeps the code below past line 256
# padding line 51: keeps the code below past line 256
# padding line 52: keeps the code below past line 256
# padding line 53: keeps the code below past line 256
# padding line 54: keeps the code below past line 256
# padding line 55: keeps the code below past line 256
# padding line 56: keeps the code below past line 256
# padding line 57: keeps the code below past line 256
# padding line 58: keeps the code below past line 256
# padding line 59: keeps the code below past line 256
# padding line 60: keeps the code below past line 256
# padding line 61: keeps the code below past line 256
# padding line 62: keeps the code below past line 256
# padding line 63: keeps the code below past line 256
# padding line 64: keeps the code below past line 256
# padding line 65: keeps the code below past line 256
# padding line 66: keeps the code below past line 256
# padding line 67: keeps the code below past line 256
# padding line 68: keeps the code below past line 256
# padding line 69: keeps the code below past line 256
# padding line 70: keeps the code below past line 256
# padding line 71: keeps the code below past line 256
# padding line 72: keeps the code below past line 256
# padding line 73: keeps the code below past line 256
# padding line 74: keeps the code below past line 256
# padding line 75: keeps the code below past line 256
# padding line 76: keeps the code below past line 256
# padding line 77: keeps the code below past line 256
# padding line 78: keeps the code below past line 256
# padding line 79: keeps the code below past line 256
# padding line 80: keeps the code below past line 256
# padding line 81: keeps the code below past line 256
# padding line 82: keeps the code below past line 256
# padding line 83: keeps the code below past line 256
# padding line 84: keeps the code below past line 256
# padding line 85: keeps the code below past line 256
# padding line 86: keeps the code below past line 256
# padding line 87: keeps the code below past line 256
# padding line 88: keeps the code below past line 256
# padding line 89: keeps the code below past line 256
# padding line 90: keeps the code below past line 256
# padding line 91: keeps the code below past line 256
# padding line 92: keeps the code below past line 256
# padding line 93: keeps the code below past line 256
# padding line 94: keeps the code below past line 256
# padding line 95: keeps the code below past line 256
# padding line 96: keeps the code below past line 256
# padding line 97: keeps the code below past line 256
# padding line 98: keeps the code below past line 256
# padding line 99: keeps the code below past line 256
# padding line 100: keeps the code below past line 256
# padding line 101: keeps the code below past line 256
# padding line 102: keeps the code below past line 256
# padding line 103: keeps the code below past line 256
# padding line 104: keeps the code below past line 256
# padding line 105: keeps the code below past line 256
# padding line 106: keeps the code below past line 256
# padding line 107: keeps the code below past line 256
# padding line 108: keeps the code below past line 256
# padding line 109: keeps the code below past line 256
# padding line 110: keeps the code below past line 256
# padding line 111: keeps the code below past line 256
# padding line 112: keeps the code below past line 256
# padding line 113: keeps the code below past line 256
# padding line 114: keeps the code below past line 256
# padding line 115: keeps the code below past line 256
# padding line 116: keeps the code below past line 256
# padding line 117: keeps the code below past line 256
# padding line 118: keeps the code below past line 256
# padding line 119: keeps the code below past line 256
# padding line 120: keeps the code below past line 256
# padding line 121: keeps the code below past line 256
# padding line 122: keeps the code below past line 256
# padding line 123: keeps the code below past line 256
# padding line 124: keeps the code below past line 256
# padding line 125: keeps the code below past line 256
# padding line 126: keeps the code below past line 256
# padding line 127: keeps the code below past line 256
# padding line 128: keeps the code below past line 256
# padding line 129: keeps the code below past line 256
# padding line 130: keeps the code below past line 256
# padding line 131: keeps the code below past line 256
# padding line 132: keeps the code below past line 256
# padding line 133: keeps the code below past line 256
# padding line 134: keeps the code below past line 256
# padding line 135: keeps the code below past line 256
# padding line 136: keeps the code below past line 256
# padding line 137: keeps the code below past line 256
# padding line 138: keeps the code below past line 256
# padding line 139: keeps the code below past line 256
# padding line 140: keeps the code below past line 256
# padding line 141: keeps the code below past line 256
# padding line 142: keeps the code below past line 256
# padding line 143: keeps the code below past line 256
# padding line 144: keeps the code below past line 256
# padding line 145: keeps the code below past line 256
# padding line 146: keeps the code below past line 256
# padding line 147: keeps the code below past line 256
# padding line 148: keeps the code below past line 256
# padding line 149: keeps the code below past line 256
# padding line 150: keeps the code below past line 256
# padding line 151: keeps the code below past line 256
# padding line 152: keeps the code below past line 256
# padding line 153: keeps the code below past line 256
# padding line 154: keeps the code below past line 256
# padding line 155: keeps the code below past line 256
# padding line 156: keeps the code below past line 256
# padding line 157: keeps the code below past line 256
# padding line 158: keeps the code below past line 256
# padding line 159: keeps the code below past line 256
# padding line 160: keeps the code below past line 256
# padding line 161: keeps the code below past line 256
# padding line 162: keeps the code below past line 256
# padding line 163: keeps the code below past line 256
# padding line 164: keeps the code below past line 256
# padding line 165: keeps the code below past line 256
# padding line 166: keeps the code below past line 256
# padding line 167: keeps the code below past line 256
# padding line 168: keeps the code below past line 256
# padding line 169: keeps the code below past line 256
# padding line 170: keeps the code below past line 256
# padding line 171: keeps the code below past line 256
# padding line 172: keeps the code below past line 256
# padding line 173: keeps the code below past line 256
# padding line 174: keeps the code below past line 256
# padding line 175: keeps the code below past line 256
# padding line 176: keeps the code below past line 256
# padding line 177: keeps the code below past line 256
# padding line 178: keeps the code below past line 256
# padding line 179: keeps the code below past line 256
# padding line 180: keeps the code below past line 256
# padding line 181: keeps the code below past line 256
# padding line 182: keeps the code below past line 256
# padding line 183: keeps the code below past line 256
# padding line 184: keeps the code below past line 256
# padding line 185: keeps the code below past line 256
# padding line 186: keeps the code below past line 256
# padding line 187: keeps the code below past line 256
# padding line 188: keeps the code below past line 256
# padding line 189: keeps the code below past line 256
# padding line 190: keeps the code below past line 256
# padding line 191: keeps the code below past line 256
# padding line 192: keeps the code below past line 256
# padding line 193: keeps the code below past line 256
# padding line 194: keeps the code below past line 256
# padding line 195: keeps the code below past line 256
# padding line 196: keeps the code below past line 256
# padding line 197: keeps the code below past line 256
# padding line 198: keeps the code below past line 256
# padding line 199: keeps the code below past line 256
# padding line 200: keeps the code below past line 256
# padding line 201: keeps the code below past line 256
# padding line 202: keeps the code below past line 256
# padding line 203: keeps the code below past line 256
# padding line 204: keeps the code below past line 256
# padding line 205: keeps the code below past line 256
# padding line 206: keeps the code below past line 256
# padding line 207: keeps the code below past line 256
# padding line 208: keeps the code below past line 256
# padding line 209: keeps the code below past line 256
# padding line 210: keeps the code below past line 256
# padding line 211: keeps the code below past line 256
# padding line 212: keeps the code below past line 256
# padding line 213: keeps the code below past line 256
# padding line 214: keeps the code below past line 256
# padding line 215: keeps the code below past line 256
# padding line 216: keeps the code below past line 256
# padding line 217: keeps the code below past line 256
# padding line 218: keeps the code below past line 256
# padding line 219: keeps the code below past line 256
# padding line 220: keeps the code below past line 256
# padding line 221: keeps the code below past line 256
# padding line 222: keeps the code below past line 256
# padding line 223: keeps the code below past line 256
# padding line 224: keeps the code below past line 256
# padding line 225: keeps the code below past line 256
# padding line 226: keeps the code below past line 256
# padding line 227: keeps the code below past line 256
# padding line 228: keeps the code below past line 256
# padding line 229: keeps the code below past line 256
# padding line 230: keeps the code below past line 256
# padding line 231: keeps the code below past line 256
# padding line 232: keeps the code below past line 256
# padding line 233: keeps the code below past line 256
# padding line 234: keeps the code below past line 256
# padding line 235: keeps the code below past line 256
# padding line 236: keeps the code below past line 256
# padding line 237: keeps the code below past line 256
# padding line 238: keeps the code below past line 256
# padding line 239: keeps the code below past line 256
# padding line 240: keeps the code below past line 256
# padding line 241: keeps the code below past line 256
# padding line 242: keeps the code below past line 256
# padding line 243: keeps the code below past line 256
# padding line 244: keeps the code below past line 256
# padding line 245: keeps the code below past line 256
# padding line 246: keeps the code below past line 256
# padding line 247: keeps the code below past line 256
# padding line 248: keeps the code below past line 256
# padding line 249: keeps the code below past line 256
# padding line 250: keeps the code below past line 256
# padding line 251: keeps the code below past line 256
# padding line 252: keeps the code below past line 256
# padding line 253: keeps the code below past line 256
# padding line 254: keeps the code below past line 256
# padding line 255: keeps the code below past line 256
# padding line 256: keeps the code below past line 256
# padding line 257: keeps the code below past line 256
# padding line 258: keeps the code below past line 256
# padding line 259: keeps the code below past line 256
# padding line 260: keeps the code below past line 256


def build(n):
    return [i * 1000 for i in range(n)]


def nest(n):
    return build(n)


tracemalloc.start(4)
xs = nest(20)
tb = tracemalloc.get_object_traceback(xs[-1])
print([f.lineno for f in tb], tb.total_nframe)
print(tracemalloc.get_traced_memory(), gc.get_count())
own = tracemalloc.get_object_traceback(tb)
print([(f.filename == __file__, f.lineno) for f in own])
fr = tb[0]
own2 = tracemalloc.get_object_traceback(fr)
print([(f.filename.endswith("/tracemalloc.py"), f.lineno) for f in own2], own2.total_nframe)
tracemalloc.reset_peak()
many = [tracemalloc.get_object_traceback(x) for x in xs]
print(sum(t is not None for t in many), len({t for t in many if t is not None}))
cur, peak = tracemalloc.get_traced_memory()     # the peak moves by 4 B with the script's path
print(cur, peak > cur, gc.get_count())
del many
print(tracemalloc.get_traced_memory(), gc.get_count())
tracemalloc.stop()
tracemalloc.start()
ys = nest(30)
one = tracemalloc.get_object_traceback(ys[7])
print(len(one), one[0].lineno, one.total_nframe)
print(tracemalloc.get_traced_memory(), gc.get_count())
# format() last: it reads the script (linecache keeps its path and lines)
lines = tb.format(most_recent_first=True)
print(lines[1::2], len(lines))
print([line.replace(__file__, "FILE") for line in one.format()])
