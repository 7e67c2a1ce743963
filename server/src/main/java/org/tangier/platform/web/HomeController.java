package org.tangier.platform.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.Role;
import org.tangier.platform.WaitingWork;

/**
 * The home page: first what waits for the caller (hits to acknowledge, notices to review, unread messages), counted by
 * the parts that hold the work; then what each of the caller's roles comes to do, one card per role.
 */
@Controller
class HomeController {

    private final List<WaitingWork> work;

    HomeController(List<WaitingWork> work) {
        this.work = work;
    }

    @GetMapping("/")
    String home(Model model) {
        Caller caller = Callers.required();
        List<Role> roles = Arrays.stream(Role.values()).filter(caller::has).toList();
        model.addAttribute("roles", roles);
        model.addAttribute("waiting", work.stream().flatMap(w -> w.waitingFor(caller).stream())
                .sorted(Comparator.comparingInt(WaitingWork.Waiting::order)).toList());
        return "home";
    }
}
