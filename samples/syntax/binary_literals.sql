-- Binary string literals hold hex digits, two per byte; like character
-- strings they may continue on the next line. (An odd number of digits is
-- FSQL105, see samples/rules/rejected-statement.)
SELECT X'0A0B',
       X'0A'
         '0B';
SELECT X'0G';
SELECT X'0A 0B';
SELECT X'ABC';
