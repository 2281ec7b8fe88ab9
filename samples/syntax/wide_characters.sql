-- 宽字符和制表符不会打乱下划线。
SELECT 名字,	金额 FROM 订单 WHERE 金额 != 0;
	SELECT "中文" FROM t;
