# A syntax error in a program read from stdin: python3 shows the line
# (the parser has the text), under the file name "<stdin>".
x = 1
if x == 1
    print(x)
