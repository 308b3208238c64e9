x = 
y = 2
