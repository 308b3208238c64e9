# uncaught TypeError from int + str
count = 5
label = "items"
print("computing")
result = count + label
