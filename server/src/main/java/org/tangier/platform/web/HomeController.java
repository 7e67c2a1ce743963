package org.tangier.platform.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.Role;

/** The home page: what each of the caller's roles comes to do, one card per role. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        Caller caller = Callers.required();
        List<Role> roles = java.util.Arrays.stream(Role.values()).filter(caller::has).toList();
        model.addAttribute("roles", roles);
        return "home";
    }
}
