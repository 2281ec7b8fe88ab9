" sqlcheck for Vim: :make checks the current file, :copen lists findings.
" Put this in ~/.vim/after/ftplugin/sql.vim (or source it).
" %:S is the file name quoted for the shell (names with spaces work).
setlocal makeprg=sqlcheck\ --format=gcc\ %:S
setlocal errorformat=%f:%l:%c:\ %trror:\ %m,%f:%l:%c:\ %tarning:\ %m,%f:%l:%c:\ %tote:\ %m
