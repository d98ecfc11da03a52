BulletinSearch.register({"k":"d","i":2,"u":"issues/2023/11/03-loudi.html","t":"三年行动","c":"娄底","s":"loudi","r":"zhuanbao","n":11,"y":2023,"a":"2023-07-06","e":"测试","x":"实施三年行动计划（2023—2025年），分年度推进。"});
