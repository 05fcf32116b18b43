module github.com/asyncrun/asyncrun

go 1.24
