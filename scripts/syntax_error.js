// exit: 1
print("never printed: the script does not compile");
const x = {a: 1,, b: 2};
