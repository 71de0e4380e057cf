// The start page: the signed-in user, and only the pages their role may open.
import { toast, userBar } from './api.js';

userBar().then((me) => {
    document.querySelectorAll('.tile[data-roles]').forEach((tile) => {
        tile.hidden = !tile.dataset.roles.split(' ').includes(me.role);
    });
}).catch((e) => toast(e.message, true));
